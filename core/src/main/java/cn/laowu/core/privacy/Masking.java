package cn.laowu.core.privacy;

/** How personal data is shown wherever the full value is not needed (lists, exports, logs, audit). */
public final class Masking {

    private Masking() {
    }

    /** 433101199001011234 → 4331**********1234 */
    public static String idNumber(String idNumber) {
        return keepEnds(idNumber, 4, 4);
    }

    /** 13812345678 → 138****5678 */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***: enough for a clerk to recognise, not to identify. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
