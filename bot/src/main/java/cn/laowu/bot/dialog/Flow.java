package cn.laowu.bot.dialog;

import cn.laowu.bot.understanding.Utterance;

/**
 * A conversation a worker can be in: registration, job search, a complaint... Flows are Spring
 * beans; the engine finds them by {@link #id()}, which intents.yml refers to.
 */
public interface Flow {

    String id();

    /** Entering the flow: the first question or list. */
    Reply start(DialogContext ctx);

    /** Entering the flow from a sentence that named it ("深圳电子厂还招人吗"); flows may use its words. */
    default Reply start(DialogContext ctx, String text) {
        return start(ctx);
    }

    /**
     * Entering the flow from an understood sentence: its slots (place, employer, amount, months,
     * injury, complaint kind) are known and need not be asked again.
     */
    default Reply start(DialogContext ctx, Utterance said) {
        return start(ctx, said.text());
    }

    /** An input while in the flow (universal words such as 菜单 and 取消 never reach here). */
    Reply handle(DialogContext ctx, UserInput input);

    /**
     * Back from a detour this flow sent the worker on ({@link DialogContext#detour}), e.g. applying
     * for the job once registration is done. The reply follows the detour's last words.
     */
    default Reply resume(DialogContext ctx, String argument) {
        return start(ctx);
    }

    /** 返回/上一步; null when there is nothing to go back to, and the engine shows the menu. */
    default Reply back(DialogContext ctx) {
        return null;
    }

    /** 下一页 (+1) / 上一页 (-1) of a list; null when the flow shows no list now. */
    default Reply page(DialogContext ctx, int delta) {
        return null;
    }
}
