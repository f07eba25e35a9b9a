package cn.laowu.bot.understanding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the classifier sees of a message. Concepts carry the synonyms (工钱 = 工资), concept pairs
 * carry the gist (BOSS→OWE: someone owes), character bigrams carry everything the lexicon lacks
 * and survive typos in the other half of a word.
 */
final class Features {

    /** Features that say something on their own; a message with none of them known is not understood. */
    static boolean isStrong(String feature) {
        return !feature.startsWith("U:");
    }

    private Features() {
    }

    static Set<String> of(String normalised, List<Lexicon.Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        String previous = null;
        for (Lexicon.Token token : tokens) {
            if (token.concept() == null) {
                continue;
            }
            out.add("C:" + token.concept());
            if (token.word().length() > 1) {
                out.add("W:" + token.word());
            }
            if (previous != null && !previous.equals(token.concept())) {
                out.add("P:" + previous + ">" + token.concept());
            }
            previous = token.concept();
        }
        for (int i = 0; i < normalised.length(); i++) {
            out.add("U:" + normalised.charAt(i));
            if (i + 1 < normalised.length()) {
                out.add("B:" + normalised.substring(i, i + 2));
            }
        }
        return out;
    }
}
