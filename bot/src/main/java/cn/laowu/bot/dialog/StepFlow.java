package cn.laowu.bot.dialog;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A flow made of steps. Each step asks, checks the answer, and either moves on or asks again
 * with a concrete hint; 返回 goes back one step. What the steps collect sits in the dialog
 * state's data until {@link #finish} turns it into something durable.
 */
public abstract class StepFlow implements Flow {

    /** The result of checking an answer. */
    public sealed interface Outcome {
        record Next() implements Outcome {
        }

        record GoTo(String step) implements Outcome {
        }

        record Retry(String hint) implements Outcome {
        }

        record Done(Reply reply) implements Outcome {
        }

        /** Answered enough: the remaining steps are skipped and the flow finishes. */
        record Finish() implements Outcome {
        }
    }

    public static Outcome next() {
        return new Outcome.Next();
    }

    public static Outcome goTo(String step) {
        return new Outcome.GoTo(step);
    }

    public static Outcome retry(String hint) {
        return new Outcome.Retry(hint);
    }

    public static Outcome done(Reply reply) {
        return new Outcome.Done(reply);
    }

    public static Outcome finishNow() {
        return new Outcome.Finish();
    }

    /** One question of the flow. */
    public record Step(String id, Function<DialogContext, String> prompt,
                       BiFunction<DialogContext, UserInput, Outcome> accept) {
    }

    protected abstract List<Step> steps();

    /** All steps answered: save what matters and say what happens next. */
    protected abstract Reply finish(DialogContext ctx);

    @Override
    public Reply start(DialogContext ctx) {
        Step first = steps().get(0);
        ctx.enter(id(), first.id());
        return Reply.text(first.prompt().apply(ctx));
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        Step step = step(ctx.state().getStep());
        Outcome outcome = step.accept().apply(ctx, input);
        if (outcome instanceof Outcome.Retry retry) {
            return Reply.text(retry.hint() + "\n" + step.prompt().apply(ctx));
        }
        if (outcome instanceof Outcome.Done done) {
            ctx.exit();
            return done.reply();
        }
        ctx.state().getHistory().add(step.id());
        String nextId = outcome instanceof Outcome.GoTo goTo ? goTo.step()
                : outcome instanceof Outcome.Finish ? null : following(step.id());
        if (nextId == null) {
            Reply reply = finish(ctx);
            ctx.exit();
            return reply;
        }
        ctx.state().setStep(nextId);
        return Reply.text(step(nextId).prompt().apply(ctx));
    }

    @Override
    public Reply repeat(DialogContext ctx) {
        return Reply.text(step(ctx.state().getStep()).prompt().apply(ctx));
    }

    @Override
    public Reply back(DialogContext ctx) {
        List<String> history = ctx.state().getHistory();
        if (history.isEmpty()) {
            return null;
        }
        String previous = history.remove(history.size() - 1);
        ctx.state().setStep(previous);
        return Reply.text(step(previous).prompt().apply(ctx));
    }

    private Step step(String id) {
        return steps().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseGet(() -> steps().get(0));
    }

    private String following(String id) {
        List<Step> steps = steps();
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).id().equals(id)) {
                return steps.get(i + 1).id();
            }
        }
        return null;
    }
}
