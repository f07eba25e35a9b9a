package cn.laowu.bot.dialog;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The phrase table of dialog/intents.yml: what a free-text message is about. */
@Component
public class Intents {

    /** @param menu position in the main menu, or 0 when not listed there */
    public record Intent(String id, String label, int menu, String flow, String topic, List<String> phrases) {
    }

    private final List<Intent> all;
    private final KeywordMatcher<Intent> matcher = new KeywordMatcher<>();

    public Intents() {
        this(load("dialog/intents.yml"));
    }

    public Intents(List<Intent> intents) {
        this.all = intents;
        intents.forEach(intent -> intent.phrases().forEach(phrase -> matcher.add(phrase, intent)));
    }

    public Optional<Intent> match(String text) {
        return matcher.best(text);
    }

    public Optional<Intent> byId(String id) {
        return all.stream().filter(intent -> intent.id().equalsIgnoreCase(id)).findFirst();
    }

    public List<Intent> menu() {
        return all.stream().filter(intent -> intent.menu() > 0).sorted(Comparator.comparingInt(Intent::menu)).toList();
    }

    public List<Intent> all() {
        return all;
    }

    @SuppressWarnings("unchecked")
    public static List<Intent> load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            return ((List<Map<String, Object>>) root.get("intents")).stream().map(map -> new Intent(
                    (String) map.get("id"),
                    (String) map.get("label"),
                    map.get("menu") == null ? 0 : ((Number) map.get("menu")).intValue(),
                    (String) map.get("flow"),
                    (String) map.get("topic"),
                    ((List<Object>) map.getOrDefault("phrases", List.of())).stream().map(String::valueOf).toList()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
