package cn.laowu.bot.dialog;

/**
 * The frustration signal: how many turns in a row the bot did not understand (the menu for unknown
 * text, or a clarifying question). At the second, the engine offers a person directly. Kept in the
 * dialog state's data, so any understood turn (which enters a flow or leaves one) clears it.
 */
final class Misunderstandings {

    /** The intent offered as 1 at the second misunderstanding. */
    static final String HUMAN = "human";
    static final String OFFER_HUMAN = "抱歉,我还是没听懂。帮您找工作人员吧:\n回复 1 找工作人员(人工)\n也可以换个说法,或回复 菜单。";
    private static final String MISSED = "missed";

    private Misunderstandings() {
    }

    /** Misunderstandings just before this turn. */
    static int before(DialogContext ctx) {
        String n = ctx.state().getData().get(MISSED);
        return n == null || !n.matches("\\d{1,3}") ? 0 : Integer.parseInt(n);
    }

    /** Counts this turn as not understood, unless it entered a flow after all; the reply is passed through. */
    static Reply count(DialogContext ctx, int before, Reply reply) {
        if (ctx.state().getFlow() == null) {
            ctx.state().getData().put(MISSED, String.valueOf(before + 1));
        }
        return reply;
    }
}
