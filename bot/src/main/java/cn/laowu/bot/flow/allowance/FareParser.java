package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.TextNormaliser;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A fare as a worker types it from the ticket: one amount in yuan, with at most two decimals and
 * the usual words around it (260, 260元, 一共 260 块, 1,200, 12.50). Anything else is no answer
 * rather than a guess: -500 is not 500 and 1e9 is not 1 元.
 */
final class FareParser {

    private static final Pattern WORDS = Pattern.compile("一共|总共|大概|大约|左右|花了|车费|车票|路费|块钱|人民币|[共约是元块钱]");
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("(\\d)[,,](?=\\d{3}(\\D|$))");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}(\\.\\d{1,2})?");

    private FareParser() {
    }

    static OptionalLong fen(String text) {
        String folded = THOUSANDS_SEPARATOR.matcher(TextNormaliser.fold(text == null ? "" : text)).replaceAll("$1");
        // Words go, spaces stay: "260 300" is two amounts, not 260300.
        String amount = WORDS.matcher(folded).replaceAll("").trim();
        if (!AMOUNT.matcher(amount).matches()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(new BigDecimal(amount).movePointRight(2).longValueExact());
    }
}
