package cn.laowu.bot.dialog;

import cn.laowu.bot.understanding.ChineseNumbers;
import cn.laowu.core.support.TextNormaliser;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A monthly wage as workers say it, in yuan: 4500, 4500元, 4千5, 4.5k, 五千, 四千五, 一万二, 大概六千块.
 * Only the first figure of 100 or more counts (a 2 in 干了2个月 is not one); a message without one is no answer.
 * Whether it is a plausible wage is the caller's to judge.
 */
public final class WageParser {

    private static final Pattern FIGURE = Pattern.compile("(?:[0-9.零〇一二两三四五六七八九十百千万]|(?<=[0-9])[kK])+");

    private WageParser() {
    }

    public static OptionalLong yuan(String text) {
        Matcher figure = FIGURE.matcher(TextNormaliser.fold(text).replaceAll("\\s+", ""));
        while (figure.find()) {
            double value = ChineseNumbers.parse(figure.group());
            if (value >= 100) {
                return OptionalLong.of(Math.round(value));
            }
        }
        return OptionalLong.empty();
    }
}
