package cn.laowu.bot.dialog;

import cn.laowu.bot.understanding.ChineseNumbers;
import cn.laowu.core.support.TextNormaliser;

import java.util.OptionalInt;

/** Reads a numbered choice the way workers type it: 2, ２, 二, 第二个, 2号, 选2, 我选二. */
public final class ChoiceParser {

    private ChoiceParser() {
    }

    public static OptionalInt parse(String text) {
        String s = TextNormaliser.compact(text);
        for (String prefix : new String[]{"我选", "我要", "选择", "回复", "选", "第"}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
            }
        }
        if (s.startsWith("第")) {
            s = s.substring(1);
        }
        for (String suffix : new String[]{"个", "项", "号", "条", "题"}) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        int n = ChineseNumbers.whole(s, 99);
        return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    }
}
