package cn.laowu.bot.understanding;

import cn.laowu.core.support.TextNormaliser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The domain lexicon (understanding/lexicon.txt): synonyms grouped into concepts, and the typos
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

    public static Lexicon load(String resource) {
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, String> fixes = new LinkedHashMap<>();
        for (String line : Resources.lines(resource)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String head = line.substring(0, colon).trim();
            String[] items = line.substring(colon + 1).trim().split("\\s+");
            for (String item : items) {
                if (item.isEmpty()) {
                    continue;
                }
                if (head.equals("fix")) {
                    String[] pair = item.split("=", 2);
                    fixes.put(TextNormaliser.compact(pair[0]), TextNormaliser.compact(pair[1]));
                } else {
                    // First group wins: a word means one thing to the classifier.
                    words.putIfAbsent(TextNormaliser.compact(item), head);
                }
            }
        }
        return new Lexicon(words, fixes);
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

    /** Classpath text files read as UTF-8 lines, comments and blank lines dropped. */
    static final class Resources {
        private Resources() {
        }

        static List<String> lines(String resource) {
            InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                List<String> out = new ArrayList<>();
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        out.add(trimmed);
                    }
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
    }
}
