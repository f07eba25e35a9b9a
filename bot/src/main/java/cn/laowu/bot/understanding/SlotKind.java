package cn.laowu.bot.understanding;

import java.util.List;
import java.util.Optional;

/**
 * A slot a feature reads out of a sentence beyond the common ones of {@link Slots} (amount, months, place,
 * employer, phone, wage): the complaint flow's injury. A bean; the dialog fills it into the utterance it
 * hands to a flow, and a flow reads it by {@link #name()}, which no other kind may take.
 */
public interface SlotKind {

    String name();

    /** The value the sentence's words (lexicon words with their concepts, in order) say, if any. */
    Optional<String> read(List<Lexicon.Token> words);
}
