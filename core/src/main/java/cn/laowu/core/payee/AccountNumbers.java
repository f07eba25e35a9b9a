package cn.laowu.core.payee;

import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.TextNormaliser;

import java.util.List;

/** Checks and masks account numbers; pure functions, no storage. */
public final class AccountNumbers {

    /** The banks a worker chooses from when the card's first digits name none. */
    public static final List<String> BANKS = List.of("农业银行", "农村信用社/农商行", "邮储银行", "建设银行", "工商银行",
            "中国银行");
    /** A made-up card number that passes the check, shown as the shape to type. */
    public static final String EXAMPLE = "6228 4800 1234 5678 903";

    private AccountNumbers() {
    }

    /** Digits only: spaces and dashes a worker types between groups are dropped; anything else is refused. */
    public static String normalise(String typed) {
        String digits = TextNormaliser.fold(typed).replaceAll("[\\s\\-—_]", "");
        if (!digits.matches("\\d+")) {
            throw new RuleViolation("账号只能是数字。请照卡上的数字输入,例如 " + EXAMPLE + "。");
        }
        return digits;
    }

    /** @throws RuleViolation with a concrete example when the number cannot be one of this kind */
    public static String check(AccountKind kind, String typed) {
        String digits = normalise(typed);
        if (kind.luhn()) {
            if (digits.length() < 16 || digits.length() > 19) {
                throw new RuleViolation("卡号应是16到19位数字,您输入了" + digits.length() + "位。请照卡正面的数字输入,例如 "
                        + EXAMPLE + "。");
            }
            if (!luhn(digits)) {
                throw new RuleViolation("这个卡号不对,可能有一位输错了。请对着卡再输一遍,例如 " + EXAMPLE + "。");
            }
        } else if (digits.length() < 8 || digits.length() > 25) {
            throw new RuleViolation("存折账号应是8到25位数字,在存折第一页,例如 82010000123456789。");
        }
        return digits;
    }

    /** The Luhn (mod 10) check every UnionPay card number carries in its last digit. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** 6228480012345678 → 6228 **** **** 5678: the first four (the bank) and the last four, nothing between. */
    public static String mask(String digits) {
        if (digits.length() <= 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 4) + " **** **** " + digits.substring(digits.length() - 4);
    }
}
