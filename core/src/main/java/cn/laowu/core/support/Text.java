package cn.laowu.core.support;

import java.security.SecureRandom;

/** Small text rules shared by the services: how input is checked and stored, how one-time codes look. */
public final class Text {

    /** Letters and digits that cannot be mistaken for each other (no 0/O, 1/l/I) when read out or typed. */
    private static final String UNAMBIGUOUS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Text() {
    }

    /** Optional input: blank becomes null, anything else is trimmed. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Required input, trimmed; a clear sentence when it is missing or too long. */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("请填写" + field + "。");
        }
        return limited(value, field, max);
    }

    /** Optional input within a length, trimmed; blank becomes null. */
    public static String limited(String value, String field, int max) {
        String trimmed = blankToNull(value);
        if (trimmed != null && trimmed.length() > max) {
            throw new RuleViolation(field + "最多" + max + "个字。");
        }
        return trimmed;
    }

    /** A random code of {@link #UNAMBIGUOUS} characters: temporary passwords, binding codes. */
    public static String randomCode(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(UNAMBIGUOUS.charAt(RANDOM.nextInt(UNAMBIGUOUS.length())));
        }
        return out.toString();
    }
}
