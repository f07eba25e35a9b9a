package cn.laowu.core.privacy;

/**
 * How personal data is shown wherever the full value is not needed (lists, exports, logs, audit).
 * Judged on what a row gives away together, not one column at a time: a row also names the home
 * village (so the county, the ID's first 6 digits) and the age, so a masked ID keeps only its
 * last 4 characters and rows show the age reached this year, never the birth date: some 30 birth
 * dates of the year then fit the visible digits and the check character.
 */
public final class Masking {

    private Masking() {
    }

    /** 433101199001011234 → **************1234 */
    public static String idNumber(String idNumber) {
        return keepEnds(idNumber, 0, 4);
    }

    /**
     * The age reached in {@code today}'s year: changes only on 1 January, so rows exported on
     * different days cannot be compared to narrow down a birthday.
     */
    public static int ageThisYear(java.time.LocalDate birthDate, java.time.LocalDate today) {
        return today.getYear() - birthDate.getYear();
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
