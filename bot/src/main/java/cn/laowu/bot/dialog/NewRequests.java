package cn.laowu.bot.dialog;

import cn.laowu.bot.understanding.Understanding;

import java.util.Optional;
import java.util.Set;

/**
 * "Is this a new request?", asked of every message a flow waits on: the other task a sentence surely
 * means when it cannot be the answer the step takes ({@link Flow#expects}). The engine then asks the
 * worker instead of letting the flow save, search with or repeat over the sentence.
 */
final class NewRequests {

    private final Intents intents;

    NewRequests(Intents intents) {
        this.intents = intents;
    }

    Optional<Intents.Intent> of(DialogContext ctx, Flow current, String text, Set<String> flowIds) {
        AnswerShape shape = current.expects(ctx);
        if (shape == AnswerShape.FREE || shape.fits(text)) {
            return Optional.empty();
        }
        Understanding.Reading reading = intents.read(text);
        if (reading.decision() != Understanding.Decision.SURE) {
            return Optional.empty();
        }
        return intents.byId(reading.intent())
                .filter(intent -> intent.flow() != null && flowIds.contains(intent.flow()))
                // the list's own subject in a search is a search: the flow takes it
                .filter(intent -> !intent.flow().equals(current.id()) || shape != AnswerShape.SEARCH);
    }
}
