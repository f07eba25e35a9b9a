package cn.laowu.bot.dialog;

import cn.laowu.bot.understanding.Corpus;
import cn.laowu.bot.understanding.Understanding;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intents of dialog/intents.yml: what a free-text message is about. A message that is exactly
 * one of their phrases is that intent; anything else is read by {@link Understanding}, trained on
 * the corpus lines of these intents plus their phrases.
 */
@Component
public class Intents {

    /**
     * @param menu  position in the main menu, or 0 when not listed there
     * @param label what the intent is called in the menu and when the bot asks which one was meant
     * @param kind  the kind slot a shared flow reads (the complaint flow: wage, injury, contract...)
     * @param reply a fixed reply (chit-chat), given with the menu, when there is no flow or topic
     */
    public record Intent(String id, String label, int menu, String flow, String topic, List<String> phrases,
                         String kind, String reply) {

        public Intent(String id, String label, int menu, String flow, String topic, List<String> phrases) {
            this(id, label, menu, flow, topic, phrases, null, null);
        }
    }

    private final List<Intent> all;
    private final KeywordMatcher<Intent> matcher = new KeywordMatcher<>();
    private final Map<String, Intent> exact = new HashMap<>();
    private final Understanding understanding;

    public Intents() {
        this(load("dialog/intents.yml"));
    }

    public Intents(List<Intent> intents) {
        this.all = intents;
        intents.forEach(intent -> intent.phrases().forEach(phrase -> {
            matcher.add(phrase, intent);
            exact.putIfAbsent(TextNormaliser.compact(phrase), intent);
        }));
        this.understanding = Understanding.train(
                intents.stream().map(Intent::id).toList(),
                intents.stream().flatMap(i -> i.phrases().stream().map(p -> new Corpus.Example(i.id(), p))).toList());
    }

    /** The phrase-table match (the longest phrase contained in the text): the keyword baseline. */
    public Optional<Intent> match(String text) {
        return matcher.best(text);
    }

    /** The intent one of whose phrases is the whole message: certain, no classifier needed. */
    public Optional<Intent> exact(String text) {
        return Optional.ofNullable(exact.get(TextNormaliser.compact(text)));
    }

    public Understanding.Reading read(String text) {
        return understanding.read(text);
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
                    ((List<Object>) map.getOrDefault("phrases", List.of())).stream().map(String::valueOf).toList(),
                    (String) map.get("kind"),
                    (String) map.get("reply")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
