package cn.laowu.bot.understanding;

import java.util.ArrayList;
import java.util.List;

/** Labelled phrasings: lines under an [intent] header, as in understanding/corpus-train.txt. */
public final class Corpus {

    public record Example(String intent, String text) {
    }

    public static final String TRAINING = "understanding/corpus-train.txt";

    private Corpus() {
    }

    public static List<Example> load(String resource) {
        List<Example> out = new ArrayList<>();
        String intent = null;
        for (String line : Lexicon.Resources.lines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                intent = line.substring(1, line.length() - 1).trim();
            } else if (intent == null) {
                throw new IllegalStateException(resource + ": \"" + line + "\" comes before any [intent]");
            } else {
                out.add(new Example(intent, line));
            }
        }
        return out;
    }
}
