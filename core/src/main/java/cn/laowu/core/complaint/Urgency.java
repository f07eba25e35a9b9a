package cn.laowu.core.complaint;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a complaint cannot wait: an injury, violence or confinement, many workers unpaid, or
 * words of self-harm or despair. Urgent cases get the shortest time limits, and the worker gets
 * the hotlines in the very first reply.
 */
public record Urgency(boolean urgent, String reason, List<String> hotlines) {

    /** From this many workers affected, unpaid wages are a group case (群体性欠薪). */
    public static final int MANY_WORKERS = 10;

    private static final List<String> DESPAIR = List.of("不想活", "活不下去", "活不成", "跳楼", "自杀", "轻生", "寻死",
            "去死", "喝农药", "走投无路", "绝望", "没活路", "死给");
    private static final List<String> VIOLENCE = List.of("打人", "被打", "打我", "殴打", "威胁", "恐吓", "扣押", "不让走",
            "关起来", "限制自由", "砍", "拿刀");
    private static final List<String> HURT = List.of("受伤", "流血", "骨折", "住院", "昏迷", "摔伤", "压伤", "砸伤");

    /** The boss gone: with several workers unpaid, nobody is left to pay them (群体欠薪, 老板逃匿). */
    private static final List<String> BOSS_GONE = List.of("跑路", "跑了", "逃跑", "卷钱", "失联", "联系不上", "找不到人",
            "找不到老板", "人不见了");
    /** From this many workers, unpaid wages with the boss gone are a group case. */
    public static final int SOME_WORKERS = 3;

    public static final String LABOUR_HOTLINE = "劳动保障热线 12333";
    public static final String POLICE = "报警 110";
    public static final String AMBULANCE = "急救 120";
    public static final String MENTAL_HEALTH = "心理援助热线 12356";

    public static Urgency assess(ComplaintKind kind, Integer workersAffected, String... texts) {
        String all = String.join(" ", java.util.Arrays.stream(texts).map(t -> t == null ? "" : t).toList());
        List<String> reasons = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        if (containsAny(all, DESPAIR)) {
            reasons.add("言语轻生或绝望");
            lines.add(MENTAL_HEALTH);
            lines.add(POLICE);
        }
        if (containsAny(all, VIOLENCE)) {
            reasons.add("人身安全");
            if (!lines.contains(POLICE)) {
                lines.add(POLICE);
            }
        }
        if (kind == ComplaintKind.INJURY || containsAny(all, HURT)) {
            reasons.add("工伤");
            lines.add(AMBULANCE);
        }
        if (kind == ComplaintKind.WAGE && workersAffected != null && workersAffected >= MANY_WORKERS) {
            reasons.add("群体欠薪" + workersAffected + "人" + (containsAny(all, BOSS_GONE) ? ",老板跑路" : ""));
        } else if (kind == ComplaintKind.WAGE && workersAffected != null && workersAffected >= SOME_WORKERS
                && containsAny(all, BOSS_GONE)) {
            reasons.add("老板跑路,欠薪" + workersAffected + "人");
        }
        if (reasons.isEmpty()) {
            return new Urgency(false, null, List.of(LABOUR_HOTLINE));
        }
        lines.add(0, LABOUR_HOTLINE);
        return new Urgency(true, String.join("、", reasons), List.copyOf(lines));
    }

    private static boolean containsAny(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }
}
