package cn.laowu.bot.flow.allowance;

import cn.laowu.core.support.TextNormaliser;

import cn.laowu.bot.understanding.ChineseNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
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

    private static final Pattern PLUS = Pattern.compile("加上|再加|加|\\+|和|还有|、|,|,");
    private static final Pattern NUMBER = Pattern.compile("[0-9.零〇一二两三四五六七八九十百千万]+");

    /** One ticket of a fare said in words: 火车票 280 元. */
    record Part(String what, long fen) {
    }

    /**
     * A fare said as the worker says it, in words or as a sum ("火车票二百八加汽车票三十五", "二百六"):
     * each part with its amount, for the worker to confirm the total; empty when a part has none.
     */
    static List<Part> parts(String text) {
        String folded = TextNormaliser.fold(text == null ? "" : text).replaceAll("\\s+", "")
                .replace("一共", "").replace("总共", "");
        List<Part> parts = new ArrayList<>();
        for (String piece : PLUS.split(folded)) {
            if (piece.isEmpty()) {
                continue;
            }
            Matcher number = NUMBER.matcher(piece);
            if (!number.find()) {
                return List.of();
            }
            int start = number.start();
            int end = number.end();
            double yuan = ChineseNumbers.parse(number.group());
            // Words before the amount, 元/块 after it, nothing else: -500 and 1e9 stay no answer.
            if (yuan <= 0 || number.find() || !piece.substring(0, start).matches("\\p{IsHan}*")
                    || !piece.substring(end).matches("(元|块|块钱)?")) {
                return List.of();
            }
            String what = piece.substring(0, start).replaceAll("花了|大概|大约|是|共|约|的", "");
            parts.add(new Part(what, Math.round(yuan * 100)));
        }
        return parts;
    }
}
