package cn.laowu.bot.dialog;

import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.understanding.Corpus;
import cn.laowu.bot.understanding.Understanding;
import cn.laowu.bot.understanding.ClasspathText;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intents: what a free-text message is about. A message that is exactly one of their phrases is
 * that intent; anything else is read by {@link Understanding}, trained on the corpus lines of these
 * intents plus their phrases. Each feature declares its intents in a file of its own,
 * dialog/intents/&lt;feature&gt;.yml, a list under {@code intents:} with the keys of {@link Intent}:
 * {@code id}, {@code label} (the menu's words, and how the bot names it when asking "您是想:1. … 2. …"),
 * {@code menu} (position in the main menu), {@code flow} (the flow that serves it), {@code topic} (the
 * policy answer while no flow exists), {@code kind} (the kind slot a shared flow reads), {@code reply} (a
 * fixed reply, then the menu), {@code phrases} (exact words, also extra training lines and the keyword
 * baseline), {@code commands} (words that mean it even said alone in answer to another dialog's
 * question; only words that cannot be an answer: 找工作, not 电子厂).
 */
@Component
public class Intents {

    /** Every feature's intents file. */
    public static final String RESOURCES = "dialog/intents/*.yml";

    /**
     * @param menu  position in the main menu, or 0 when not listed there
     * @param label what the intent is called in the menu and when the bot asks which one was meant
     * @param kind  the kind slot a shared flow reads (the complaint flow: wage, injury, contract...)
     * @param reply a fixed reply (chit-chat), given with the menu, when there is no flow or topic
     * @param commands words that, said alone in the middle of another dialog, still mean this intent
     */
    public record Intent(String id, String label, int menu, String flow, String topic, List<String> phrases,
                         String kind, String reply, List<String> commands) {

        public Intent(String id, String label, int menu, String flow, String topic, List<String> phrases) {
            this(id, label, menu, flow, topic, phrases, null, null, List.of());
        }
    }

    /** Words around a command that do not change it: 我要投诉, 帮我转人工, 查一下我的报名吧. */
    private static final String[] COMMAND_OPENINGS = {"我要", "我想", "帮我", "给我", "请", "查一下", "查看", "看一下", "看看", "查"};
    private static final String[] COMMAND_ENDINGS = {"呢", "吧", "啊", "呀", "了"};

    private final List<Intent> all;
    private final KeywordMatcher<Intent> matcher = new KeywordMatcher<>();
    private final Map<String, Intent> exact = new HashMap<>();
    private final Map<String, Intent> commands = new HashMap<>();
    private final Understanding understanding;

    public Intents() {
        this(load(RESOURCES));
    }

    public Intents(List<Intent> intents) {
        this.all = intents;
        intents.forEach(intent -> intent.phrases().forEach(phrase -> {
            matcher.add(phrase, intent);
            exact.putIfAbsent(TextNormaliser.compact(phrase), intent);
        }));
        intents.stream().filter(intent -> intent.flow() != null).forEach(intent -> {
            intent.commands().forEach(word -> commands.putIfAbsent(TextNormaliser.compact(word), intent));
            if (intent.label() != null) {
                commands.putIfAbsent(TextNormaliser.compact(intent.label()), intent);
            }
        });
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

    /**
     * The intent a message inside another dialog names beyond doubt: the whole message is one of its
     * commands or its label (我的信息, 转人工, 找工作), perhaps wrapped in 我要…吧. An answer that merely
     * contains such a word (想找电子厂的工作) is not a command; nor is any phrase that could be an
     * answer (电子厂, 保安), which is why commands are listed apart from the phrases.
     */
    public Optional<Intent> command(String text) {
        String whole = TextNormaliser.compact(text);
        String opened = whole;
        for (String opening : COMMAND_OPENINGS) {
            if (whole.startsWith(opening) && whole.length() > opening.length()) {
                opened = whole.substring(opening.length());
                break;
            }
        }
        for (String s : List.of(whole, opened, withoutEnding(whole), withoutEnding(opened))) {
            Intent intent = commands.get(s);
            if (intent != null) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }

    private static String withoutEnding(String s) {
        for (String ending : COMMAND_ENDINGS) {
            if (s.endsWith(ending) && s.length() > ending.length()) {
                return s.substring(0, s.length() - ending.length());
            }
        }
        return s;
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

    /** The intents of every file the name or pattern names; an id declared twice stops the start. */
    public static List<Intent> load(String pattern) {
        List<Intent> all = new ArrayList<>();
        Map<String, String> declaredIn = new HashMap<>();
        for (Resource file : ClasspathText.files(pattern)) {
            for (Intent intent : read(file)) {
                String earlier = declaredIn.putIfAbsent(intent.id(), file.getFilename());
                if (earlier != null) {
                    throw new IllegalStateException("Intent " + intent.id() + " is declared in " + earlier
                            + " and in " + file.getFilename());
                }
                all.add(intent);
            }
        }
        return List.copyOf(all);
    }

    @SuppressWarnings("unchecked")
    private static List<Intent> read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            return ((List<Map<String, Object>>) root.get("intents")).stream().map(map -> new Intent(
                    (String) map.get("id"),
                    (String) map.get("label"),
                    map.get("menu") == null ? 0 : ((Number) map.get("menu")).intValue(),
                    (String) map.get("flow"),
                    (String) map.get("topic"),
                    ((List<Object>) map.getOrDefault("phrases", List.of())).stream().map(String::valueOf).toList(),
                    (String) map.get("kind"),
                    (String) map.get("reply"),
                    ((List<Object>) map.getOrDefault("commands", List.of())).stream().map(String::valueOf).toList()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
