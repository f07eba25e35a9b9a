package cn.laowu.bot.understanding;

/**
 * Numbers as workers write and voice recognition spells them: 8000, 八千, 三千五 (3500), 一万二
 * (12000), 两万, 3千5, 1.5万. A trailing digit after 万/千/百 is the next place down, as spoken.
 */
public final class ChineseNumbers {

    static final String CHARS = "0123456789.零〇一二两三四五六七八九十百千万";

    private ChineseNumbers() {
    }

    /** The value of a run of {@link #CHARS}, or -1 when it has no digit. */
    public static double parse(String run) {
        double total = 0;
        double section = 0;
        double number = 0;
        boolean haveNumber = false;
        boolean anyDigit = false;
        long lastUnit = 0;
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
            int digit = "零一二三四五六七八九".indexOf(c == '两' ? '二' : c == '〇' ? '零' : c);
            if (digit >= 0) {
                number = digit;
                haveNumber = digit > 0;
                anyDigit = true;
                if (digit == 0) {
                    lastUnit = 0;
                }
            } else if (c == '十' || c == '百' || c == '千') {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (haveNumber ? number : 1) * unit;
                anyDigit = true;
                number = 0;
                haveNumber = false;
                lastUnit = unit;
            } else if (c == '万') {
                total += (section + (haveNumber ? number : section == 0 ? 1 : 0)) * 10_000;
                anyDigit = true;
                section = 0;
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

    private static double parseArabic(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
