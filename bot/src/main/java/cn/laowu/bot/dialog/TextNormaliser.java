package cn.laowu.bot.dialog;

import java.util.Locale;

/** Folds what a phone keyboard or voice recognition produces into one comparable form. */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /** Full-width letters and digits folded, lower-cased, trimmed. Punctuation kept. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().trim().toLowerCase(Locale.ROOT);
    }

    /** {@link #fold} and then every space and punctuation mark removed: what keyword matching compares. */
    public static String compact(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
