package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.understanding.Lexicon;
import cn.laowu.bot.understanding.SlotKind;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * What was hurt, and how ("手 压"), so a complaint said as "手被机器压了" is filed as 工伤 without asking:
 * an injury word, or a body part beside a machine.
 */
@Component
public class InjurySlot implements SlotKind {

    public static final String NAME = "injury";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> read(List<Lexicon.Token> words) {
        String body = first(words, "BODY");
        String hurt = first(words, "INJURY");
        if (hurt == null && (body == null || words.stream().noneMatch(t -> "MACHINE".equals(t.concept())))) {
            return Optional.empty();
        }
        return Optional.of(body == null ? hurt : hurt == null ? body : body + " " + hurt);
    }

    private static String first(List<Lexicon.Token> words, String concept) {
        return words.stream().filter(t -> concept.equals(t.concept())).map(Lexicon.Token::word).findFirst().orElse(null);
    }
}
