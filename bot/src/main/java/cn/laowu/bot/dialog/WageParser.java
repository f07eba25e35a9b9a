package cn.laowu.bot.dialog;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A monthly wage as workers say it, in yuan: 4500, 4500元, 4千5, 4.5k, 五千, 四千五, 一万二, 大概六千块.
 * Only the first amount counts; a message without one is no answer.
 */
public final class WageParser {

    private static final Pattern TEN_THOUSANDS = Pattern.compile("(\\d+)万(\\d)?");
    private static final Pattern THOUSANDS = Pattern.compile("(\\d+(?:\\.\\d+)?)[千kK](\\d)?");
    private static final Pattern PLAIN = Pattern.compile("\\d{3,6}");

    private WageParser() {
    }

    public static OptionalLong yuan(String text) {
        String s = arabic(TextNormaliser.fold(text).replaceAll("\\s+", ""));
        Matcher tenThousands = TEN_THOUSANDS.matcher(s);
        if (tenThousands.find()) {
            return OptionalLong.of(Long.parseLong(tenThousands.group(1)) * 10_000
                    + (tenThousands.group(2) == null ? 0 : Long.parseLong(tenThousands.group(2)) * 1000));
        }
        Matcher thousands = THOUSANDS.matcher(s);
        if (thousands.find()) {
            return OptionalLong.of(Math.round(Double.parseDouble(thousands.group(1)) * 1000)
                    + (thousands.group(2) == null ? 0 : Long.parseLong(thousands.group(2)) * 100));
        }
        Matcher plain = PLAIN.matcher(s);
        return plain.find() ? OptionalLong.of(Long.parseLong(plain.group())) : OptionalLong.empty();
    }

    /** 四千五 → 4千5: each Chinese digit becomes its Arabic one. */
    private static String arabic(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int digit = "零一二三四五六七八九".indexOf(c == '两' ? '二' : c);
            out.append(digit < 0 ? c : (char) ('0' + digit));
        }
        return out.toString();
    }
}
