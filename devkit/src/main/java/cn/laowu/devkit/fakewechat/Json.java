package cn.laowu.devkit.fakewechat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little JSON the fake reads and writes: WeChat's flat bodies, without a parser dependency. */
final class Json {

    private static final Map<String, Pattern> FIELD_PATTERNS = new ConcurrentHashMap<>();

    private Json() {
    }

    static String ok() {
        return error(0, "ok");
    }

    static String error(int code, String message) {
        return "{\"errcode\":" + code + ",\"errmsg\":\"" + message + "\"}";
    }

    /** Good enough for the flat JSON bodies of token requests; not a general parser. */
    static String field(String json, String field) {
        Matcher matcher = FIELD_PATTERNS.computeIfAbsent(field,
                f -> Pattern.compile("\"" + f + "\"\\s*:\\s*\"([^\"]*)\"")).matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
