package cn.laowu.core.support;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one folder of what a phone keyboard or voice recognition produces: full-width letters, digits
 * and the ideographic space become their plain forms (Unicode NFKC, so ①, ｘ and ４ fold too). Chat
 * input, account and ID numbers and employer names all compare in this form.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /** Folded, lower-cased, trimmed. Punctuation kept. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
    }

    /** {@link #fold} and then every space and punctuation mark removed: what keyword matching compares. */
    public static String compact(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
