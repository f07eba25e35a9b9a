package cn.laowu.bot.understanding;

import cn.laowu.core.support.TextNormaliser;
import org.springframework.core.io.Resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The domain lexicon (understanding/lexicon/*.txt, a file a feature): synonyms grouped into concepts, and the typos
 * worth fixing first. Segmentation is forward maximum matching over its words: a short,
 * predictable dictionary beats a general one here because the words that decide an intent
 * (包工头, 工钱, 押金) are domain words a general dictionary splits or lacks.
 */
public final class Lexicon {

    /** A piece of a message: a lexicon word with its concept, or a single unknown character (concept null). */
    public record Token(String word, String concept) {
    }

    private final Map<String, String> concepts = new HashMap<>();
    private final Map<String, String> fixes = new LinkedHashMap<>();
    private final int longest;

    public Lexicon(Map<String, String> wordToConcept, Map<String, String> fixes) {
        this.concepts.putAll(wordToConcept);
        List<Map.Entry<String, String>> ordered = new ArrayList<>(fixes.entrySet());
        // Longer typos first so 工钱钱 is fixed before anything shorter inside it.
        ordered.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        ordered.forEach(e -> this.fixes.put(e.getKey(), e.getValue()));
        this.longest = wordToConcept.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** The lexicon of every file the pattern names (understanding/lexicon/*.txt: one a feature). */
    public static Lexicon load(String pattern) {
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, String> fixes = new LinkedHashMap<>();
        for (Resource file : ClasspathText.files(pattern)) {
            for (String line : ClasspathText.lines(file)) {
                read(line, file.getFilename(), words, fixes);
            }
        }
        return new Lexicon(words, fixes);
    }

    private static void read(String line, String file, Map<String, String> words, Map<String, String> fixes) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return;
        }
        String head = line.substring(0, colon).trim();
        for (String item : line.substring(colon + 1).trim().split("\\s+")) {
            if (item.isEmpty()) {
                continue;
            }
            if (head.equals("fix")) {
                String[] pair = item.split("=", 2);
                fixes.put(TextNormaliser.compact(pair[0]), TextNormaliser.compact(pair[1]));
                continue;
            }
            // A word means one thing to the classifier, whichever feature's file says it: two would depend on file order.
            String earlier = words.putIfAbsent(TextNormaliser.compact(item), head);
            if (earlier != null && !earlier.equals(head)) {
                throw new IllegalStateException("Lexicon word " + item + " is " + earlier + " and, in " + file + ", " + head);
            }
        }
    }

    /** Folded (full-width, case), punctuation and spaces removed, typos fixed. */
    public String normalise(String text) {
        String s = TextNormaliser.compact(text);
        for (Map.Entry<String, String> fix : fixes.entrySet()) {
            if (s.contains(fix.getKey())) {
                s = s.replace(fix.getKey(), fix.getValue());
            }
        }
        return s;
    }

    /** Forward maximum matching of an already normalised message. */
    public List<Token> segment(String normalised) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < normalised.length()) {
            int end = Math.min(normalised.length(), i + longest);
            Token token = null;
            for (; end > i + 1; end--) {
                String concept = concepts.get(normalised.substring(i, end));
                if (concept != null) {
                    token = new Token(normalised.substring(i, end), concept);
                    break;
                }
            }
            if (token == null) {
                String one = normalised.substring(i, i + 1);
                token = new Token(one, concepts.get(one));
                end = i + 1;
            }
            out.add(token);
            i = end;
        }
        return out;
    }

    public String conceptOf(String word) {
        return concepts.get(word);
    }
}
