package cn.laowu.core.support;

import java.security.SecureRandom;

/** Small text rules shared by the services: how optional input is stored, how one-time codes look. */
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

    /** A random code of {@link #UNAMBIGUOUS} characters: temporary passwords, binding codes. */
    public static String randomCode(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(UNAMBIGUOUS.charAt(RANDOM.nextInt(UNAMBIGUOUS.length())));
        }
        return out.toString();
    }
}
