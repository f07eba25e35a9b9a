package cn.laowu.bot.dialog;

import cn.laowu.bot.understanding.Utterance;

/**
 * A conversation a worker can be in: registration, job search, a complaint... Flows are Spring
 * beans; the engine finds them by {@link #id()}, which an intent (dialog/intents/*.yml) refers to.
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

    /**
     * An input while in the flow (universal words such as 菜单 and 取消 never reach here). Null when
     * the flow has nothing more to do with it: the engine leaves the flow and reads the input afresh.
     */
    Reply handle(DialogContext ctx, UserInput input);

    /**
     * What the worker is doing here, as in "2 继续登记", for flows that ask questions: a command said
     * in answer (我的信息, 转人工) is then confirmed before it is taken, never saved as the answer.
     * Null: the flow takes every input as it is (lists, searches).
     */
    default String task() {
        return null;
    }

    /** The question the flow is waiting on, asked again; needed by flows that name a {@link #task()}. */
    default Reply repeat(DialogContext ctx) {
        return null;
    }

    /**
     * What the step the flow is waiting on takes ({@link AnswerShape}): a message that cannot be that,
     * and that the classifier is sure is another request, is asked about before the flow sees it.
     * By default a flow that asks questions ({@link #task()}) takes anything; a list takes a number.
     */
    default AnswerShape expects(DialogContext ctx) {
        return task() == null ? AnswerShape.CHOICE : AnswerShape.FREE;
    }

    /** Whether the flow wants a shared location; otherwise a location is answered with the nearest 就业服务站. */
    default boolean takesLocation() {
        return false;
    }

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
