package cn.laowu.bot.flow.policy;

import cn.laowu.bot.dialog.Answers;
import cn.laowu.bot.dialog.KeywordMatcher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The policy answers of dialog/policy.yml, found by number or by keyword. */
@Component
public class PolicyKnowledge implements Answers {

    public record Topic(String id, String title, List<String> keywords, String answer) {
    }

    private final List<Topic> topics;
    private final KeywordMatcher<Topic> matcher = new KeywordMatcher<>();

    public PolicyKnowledge() {
        this.topics = load("dialog/policy.yml");
        topics.forEach(topic -> {
            matcher.add(topic.title(), topic);
            topic.keywords().forEach(keyword -> matcher.add(keyword, topic));
        });
    }

    public List<Topic> topics() {
        return topics;
    }

    public Optional<Topic> find(String text) {
        return matcher.best(text);
    }

    @Override
    public Optional<String> search(String text) {
        return find(text).map(PolicyKnowledge::render);
    }

    @Override
    public Optional<String> byId(String id) {
        return topics.stream().filter(topic -> topic.id().equals(id)).findFirst().map(PolicyKnowledge::render);
    }

    static String render(Topic topic) {
        return "【" + topic.title() + "】\n" + topic.answer();
    }

    @SuppressWarnings("unchecked")
    private static List<Topic> load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            return ((List<Map<String, Object>>) root.get("topics")).stream().map(map -> new Topic(
                    (String) map.get("id"), (String) map.get("title"),
                    ((List<Object>) map.getOrDefault("keywords", List.of())).stream().map(String::valueOf).toList(),
                    ((String) map.get("answer")).strip())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
