package cn.laowu.bot.understanding;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message asks for something: it holds a lexicon word of a task concept (工资, 岗位, 退订,
 * 社保…) or a number (a phone, an amount). Greetings, thanks, time words and question words are not
 * tasks. Used so small talk never answers a request.
 */
final class TaskWords {

    private static final Set<String> NOT_TASKS = Set.of("GREET", "CHAT", "WHEN", "POLICY", "OFFTOPIC");
    /** Beside an out-of-domain word these name no task: "彩票中奖号码", "东莞今天下雨没". */
    private static final Set<String> WEAK = Set.of("INFO", "STATUS", "MINE", "PLACE", "BODY");
    private static final Pattern NUMBER = Pattern.compile("\\d{3,}|[0-9一二两三四五六七八九十百千万]+(块|元|千|万|个月)");

    private final Lexicon lexicon;

    TaskWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the text holds a word of another domain (天气, 彩票, 唱歌…). */
    boolean offTopic(String text) {
        return lexicon.segment(lexicon.normalise(text)).stream().anyMatch(t -> "OFFTOPIC".equals(t.concept()));
    }

    boolean carriesTask(String text) {
        String normalised = lexicon.normalise(text);
        if (NUMBER.matcher(normalised).find()) {
            return true;
        }
        List<Lexicon.Token> tokens = lexicon.segment(normalised);
        boolean offTopic = tokens.stream().anyMatch(t -> "OFFTOPIC".equals(t.concept()));
        return tokens.stream().anyMatch(t -> t.concept() != null && !NOT_TASKS.contains(t.concept())
                && !(offTopic && WEAK.contains(t.concept())));
    }
}
