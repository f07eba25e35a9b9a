package cn.laowu.bot.understanding;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The understanding's text on the classpath. A feature keeps its own intents, corpus lines and lexicon
 * entries in files of its own (dialog/intents/jobs.yml, understanding/corpus/jobs.txt …), so a pattern
 * names them all; they are read in file-name order, and what they declare must not depend on it.
 */
public final class ClasspathText {

    private ClasspathText() {
    }

    /** Every file the pattern (e.g. {@code understanding/corpus/*.txt}) names, by file name; at least one. */
    public static List<Resource> files(String pattern) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(ClasspathText.class.getClassLoader())
                    .getResources("classpath*:" + pattern);
            List<Resource> files = new ArrayList<>(Arrays.stream(found).filter(Resource::isReadable).toList());
            if (files.isEmpty()) {
                throw new IllegalStateException("Missing resource " + pattern);
            }
            files.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    /** A file read as UTF-8 lines, comments and blank lines dropped. */
    public static List<String> lines(Resource file) {
        try (InputStream in = file.getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
