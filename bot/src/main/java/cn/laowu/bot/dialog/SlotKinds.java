package cn.laowu.bot.dialog;

import cn.laowu.bot.understanding.Lexicon;
import cn.laowu.bot.understanding.SlotKind;
import cn.laowu.bot.understanding.Slots;
import cn.laowu.bot.understanding.Understanding;
import cn.laowu.bot.understanding.Utterance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The features' {@link SlotKind}s, filled into what a sentence already says; a name taken twice stops the start. */
final class SlotKinds {

    private static final Set<String> COMMON = Set.of(Slots.AMOUNT, Slots.MONTHS, Slots.PLACE, Slots.EMPLOYER,
            Slots.PHONE, Slots.MIN_WAGE, Slots.KIND);

    private final List<SlotKind> kinds;
    private final Intents intents;

    SlotKinds(List<SlotKind> kinds, Intents intents) {
        Set<String> names = new HashSet<>(COMMON);
        for (SlotKind kind : kinds) {
            if (!names.add(kind.name())) {
                throw new IllegalStateException("Slot " + kind.name() + " is taken; " + kind.getClass().getName()
                        + " needs a name of its own");
            }
        }
        this.kinds = List.copyOf(kinds);
        this.intents = intents;
    }

    /** The sentence as the intent's flow receives it: the common slots, the features' kinds, the intent's kind. */
    Utterance utterance(Intents.Intent intent, String text) {
        Slots slots = intents.read(text).slots();
        if (!kinds.isEmpty()) {
            Lexicon lexicon = Understanding.lexicon();
            List<Lexicon.Token> words = lexicon.segment(lexicon.normalise(text));
            for (SlotKind kind : kinds) {
                slots = slots.with(kind.name(), kind.read(words).orElse(null));
            }
        }
        return new Utterance(text, intent.id(), intent.kind() == null ? slots : slots.with(Slots.KIND, intent.kind()));
    }
}
