package cn.laowu.bot.understanding;

/**
 * The first sentence of a flow as understood: its text, the intent it was routed by and the
 * slots it already fills. Flows read the slots instead of asking again.
 */
public record Utterance(String text, String intent, Slots slots) {

    public static Utterance of(String text) {
        return new Utterance(text, null, Slots.NONE);
    }
}
