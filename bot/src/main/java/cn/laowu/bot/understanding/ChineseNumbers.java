package cn.laowu.bot.understanding;

/**
 * The one reader of numbers as workers write and voice recognition spells them: 8000, 八千, 三千五
 * (3500), 一万二 (12000), 两万, 3千5, 1.5万, 4.5k, 十几 (at least 10), 几十 (20). A trailing digit
 * after 万/千/百 is the next place down, as spoken. Wages, fares, choices, months and head counts
 * all read their figures here.
 */
public final class ChineseNumbers {

    static final String CHARS = "0123456789.零〇一二两三四五六七八九十百千万";

    private ChineseNumbers() {
    }

    /**
     * The value of a run of {@link #CHARS} (plus k/K after a digit for 千, 几 for "a few"), or -1 when
     * it has no digit or the places run backwards (十十, 百千).
     */
    public static double parse(String run) {
        double total = 0;
        double section = 0;
        double number = 0;
        boolean haveNumber = false;
        boolean anyDigit = false;
        long lastUnit = 0;
        long sectionUnit = Long.MAX_VALUE;
        StringBuilder arabic = new StringBuilder();
        for (int i = 0; i <= run.length(); i++) {
            char c = i < run.length() ? run.charAt(i) : '\0';
            if ((c >= '0' && c <= '9') || c == '.') {
                arabic.append(c);
                continue;
            }
            if (arabic.length() > 0) {
                number = parseArabic(arabic.toString());
                haveNumber = number >= 0;
                anyDigit |= haveNumber;
                arabic.setLength(0);
            }
            if ((c == 'k' || c == 'K') && haveNumber) {
                c = '千';
            }
            int digit = "零一二三四五六七八九".indexOf(c == '两' ? '二' : c == '〇' ? '零' : c);
            if (c == '几') {
                // 几十 is at least twenty; 十几 at least ten: a count of people, never more than said.
                boolean beforeUnit = i + 1 < run.length() && "十百千万".indexOf(run.charAt(i + 1)) >= 0;
                number = beforeUnit ? 2 : 0;
                haveNumber = beforeUnit;
                anyDigit = true;
            } else if (digit >= 0) {
                number = digit;
                haveNumber = digit > 0;
                anyDigit = true;
                if (digit == 0) {
                    lastUnit = 0;
                }
            } else if (c == '十' || c == '百' || c == '千') {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                if (unit >= sectionUnit) {
                    return -1;
                }
                sectionUnit = unit;
                section += (haveNumber ? number : 1) * unit;
                anyDigit = true;
                number = 0;
                haveNumber = false;
                lastUnit = unit;
            } else if (c == '万') {
                total += (section + (haveNumber ? number : section == 0 ? 1 : 0)) * 10_000;
                anyDigit = true;
                section = 0;
                sectionUnit = Long.MAX_VALUE;
                number = 0;
                haveNumber = false;
                lastUnit = 10_000;
            }
        }
        if (!anyDigit) {
            return -1;
        }
        if (haveNumber && lastUnit >= 100 && number < 10) {
            number *= lastUnit / 10.0;
        }
        return total + section + (haveNumber ? number : 0);
    }

    /** A whole number from 1 to {@code max} when the text is nothing but one (二十一, 3, 两), else -1. */
    public static int whole(String text, int max) {
        if (text.isEmpty() || !text.chars().allMatch(c -> (CHARS.indexOf(c) >= 0 && c != '.'))) {
            return -1;
        }
        double value = parse(text);
        return value >= 1 && value <= max && value == Math.rint(value) ? (int) value : -1;
    }

    private static double parseArabic(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
