package cn.laowu.bot.flow.allowance;

import cn.laowu.core.support.TextNormaliser;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of allowance a sentence names ("路费能报不" → 交通, "考了证有钱领不" → 证书): the word to
 * look for in the names of the allowances on offer, so the flow can open that one directly.
 */
final class AllowanceKinds {

    /** Words workers say → the word the allowance's name carries. Longer words first. */
    private static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("生活费", "生活"), Map.entry("生活补贴", "生活"), Map.entry("伙食", "生活"),
            Map.entry("两后生", "两后生"), Map.entry("职校", "两后生"), Map.entry("技校", "两后生"),
            Map.entry("路费", "交通"), Map.entry("车费", "交通"), Map.entry("车票", "交通"), Map.entry("交通", "交通"),
            Map.entry("坐车", "交通"), Map.entry("证书", "证书"), Map.entry("考证", "证书"), Map.entry("考了证", "证书"),
            Map.entry("拿到证", "证书"), Map.entry("中介", "中介"), Map.entry("岗位补贴", "岗位"));

    private AllowanceKinds() {
    }

    /** The word an allowance's name must contain to be the one asked for, if the sentence names a kind. */
    static Optional<String> named(String text) {
        String s = TextNormaliser.compact(text);
        return WORDS.stream().filter(e -> s.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
