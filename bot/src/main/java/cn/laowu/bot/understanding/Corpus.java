package cn.laowu.bot.understanding;

import org.springframework.core.io.Resource;

import java.util.ArrayList;
import java.util.List;

/** Labelled phrasings: lines under an [intent] header, as in understanding/corpus/*.txt (a file a feature). */
public final class Corpus {

    public record Example(String intent, String text) {
    }

    /** The training lines: each feature's own file. */
    public static final String TRAINING = "understanding/corpus/*.txt";

    private Corpus() {
    }

    /** The examples of every file the name or pattern names; each file starts with an [intent] header. */
    public static List<Example> load(String pattern) {
        List<Example> out = new ArrayList<>();
        for (Resource file : ClasspathText.files(pattern)) {
            String intent = null;
            for (String line : ClasspathText.lines(file)) {
                if (line.startsWith("[") && line.endsWith("]")) {
                    intent = line.substring(1, line.length() - 1).trim();
                } else if (intent == null) {
                    throw new IllegalStateException(file.getFilename() + ": \"" + line + "\" comes before any [intent]");
                } else {
                    out.add(new Example(intent, line));
                }
            }
        }
        return out;
    }
}
