package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.core.allowance.EvidenceKind;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Photos sent as image messages, each kept as it arrives ({@link EvidencePhotos}), gathered in the dialog
 * data as "KIND:keptId;KIND:keptId" until the worker says 好了, for a new claim and for 补交 alike.
 */
final class PhotoCollection {

    static final String KEY = "photos";
    private static final Set<String> DONE = Set.of("好了", "好", "发完了", "完了", "完成", "没有了", "就这些", "ok");
    private static final int MAX_PHOTOS = 9;

    private PhotoCollection() {
    }

    /** Whether the worker says they have sent all the photos. */
    static boolean done(String text) {
        return DONE.contains(TextNormaliser.compact(text).toLowerCase());
    }

    /** Notes the kept photo's id (fetched and kept on arrival), or refuses one that could not be kept. */
    static Reply collect(Map<String, String> data, EvidenceKind kind, String keptId) {
        String collected = data.getOrDefault(KEY, "");
        long count = collected.isEmpty() ? 0 : collected.split(";").length;
        if (count >= MAX_PHOTOS) {
            return Reply.text("照片够了,最多" + MAX_PHOTOS + "张。回复 好了 继续。");
        }
        if (keptId.length() > 128 || keptId.contains(";") || keptId.contains(":")) {
            return Reply.text("这张照片没收到,请重新发一次。");
        }
        data.put(KEY, collected + (collected.isEmpty() ? "" : ";") + kind.name() + ":" + keptId);
        // Counted per kind: the first ticket after two contract photos is the first, not the third.
        long ofKind = Arrays.stream(data.get(KEY).split(";")).filter(p -> p.startsWith(kind.name() + ":")).count();
        return Reply.text("收到第" + ofKind + "张" + kind.label() + "照片。还有就接着发,发完回复 好了。");
    }
}
