package cn.laowu.bot.dialog;

import java.util.OptionalInt;

/** Reads a numbered choice the way workers type it: 2, ２, 二, 第二个, 2号, 选2, 我选二. */
public final class ChoiceParser {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChoiceParser() {
    }

    public static OptionalInt parse(String text) {
        String s = TextNormaliser.compact(text).replace('两', '二');
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
        if (s.matches("\\d{1,2}")) {
            int n = Integer.parseInt(s);
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        }
        return chinese(s);
    }

    /** 一 … 九十九. */
    private static OptionalInt chinese(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return OptionalInt.empty();
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            int d = s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
            return d > 0 ? OptionalInt.of(d) : OptionalInt.empty();
        }
        int tens = ten == 0 ? 1 : s.length() > 1 && ten == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
        int units = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1));
        if (tens < 1 || units < 0 || ten + 2 < s.length()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(tens * 10 + units);
    }
}
