package cn.laowu.core.target;

/**
 * One line of the indicator catalogue: what is measured and the definition shown beside its figure.
 *
 * @param partOf the indicator this one is a part of (省外 of 转移就业), or null
 * @param higherBetter false for a figure that should fall (a count of wage cases, say)
 */
public record Indicator(String code, String name, String unit, Kind kind, String definition, String partOf,
                        int sortOrder, boolean active, boolean higherBetter) {

    /** The unit each kind is written in; the catalogue page offers only these. */
    public static String unitOf(Kind kind) {
        return switch (kind) {
            case COUNT -> "人";
            case MONEY -> "万元";
            case RATE -> "%";
        };
    }

    public enum Kind {
        /** persons */
        COUNT,
        /** 万元 */
        MONEY,
        /** a percentage, at most 100 */
        RATE
    }

    /** Rates are compared with their target directly; counts and money grow through the year. */
    public boolean isRate() {
        return kind == Kind.RATE;
    }
}
