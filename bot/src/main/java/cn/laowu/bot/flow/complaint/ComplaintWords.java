package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.understanding.ChineseNumbers;
import cn.laowu.bot.understanding.Lexicon;
import cn.laowu.bot.understanding.Understanding;

import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a complaint's own words say beyond the general slots: whether an employer "name" is only
 * a kind of place or person (工地, 厂子, 包工头 — nobody can act on those), and how many workers
 * are affected (我们十几个人).
 */
final class ComplaintWords {

    /** Concepts of the lexicon that name a kind of employer, never a particular one. */
    private static final Set<String> GENERIC_CONCEPTS = Set.of("TRADE", "BOSS", "FACTORY", "AGENCY");
    private static final Set<String> GENERIC_WORDS = Set.of("老板", "厂里", "厂子", "工厂", "工地", "中介", "公司", "单位",
            "包工头", "工头", "黑中介", "介绍人", "那个老板", "不知道名字");
    private static final Pattern FILLER = Pattern.compile("^(我们|我的|我们的|那个|这个|那家|这家|一个|一家|就是)+|的$");
    private static final Pattern PEOPLE = Pattern.compile(
            "(十几|几十|[0-9零〇一二两三四五六七八九十百千]+)(多|几|来)?个?(人|工友|兄弟|老乡|师傅|工人)");

    private ComplaintWords() {
    }

    /** True when the answer only says what kind of employer it is, not which one. */
    static boolean generic(String employer) {
        if (employer == null || employer.isBlank()) {
            return false;
        }
        Lexicon lexicon = Understanding.lexicon();
        String s = FILLER.matcher(lexicon.normalise(employer)).replaceAll("");
        if (s.isEmpty() || GENERIC_WORDS.contains(s)) {
            return true;
        }
        return lexicon.segment(s).stream().allMatch(t -> t.concept() != null && GENERIC_CONCEPTS.contains(t.concept()));
    }

    /** The number of workers a sentence names (十几个人 counts as 10, 几十个 as 20: at least that many). */
    static OptionalInt people(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = PEOPLE.matcher(text);
        while (m.find()) {
            String run = m.group(1);
            double n = ChineseNumbers.parse(run);
            if (n >= 1 && n <= 100_000) {
                return OptionalInt.of((int) n);
            }
        }
        return OptionalInt.empty();
    }
}
