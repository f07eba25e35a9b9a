package cn.laowu.bot.dialog;

import cn.laowu.bot.understanding.Understanding;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * A wrong flow costs a worker more than one question: when the engine is unsure what a sentence means it
 * offers the likely tasks by number ("您是想:1. … 2. …"), and after a second miss a person. The offer and
 * the unclear sentence wait in the dialog state for the number that answers them.
 */
final class Offers {

    /** Where an offer goes once chosen: the engine's routing into a flow or answer. */
    interface Route {
        Reply to(DialogContext ctx, Intents.Intent intent, String text);
    }

    /** The intents offered, and the sentence that was unclear. */
    private static final String OFFERED = "offered";
    private static final String OFFERED_FOR = "offeredFor";

    private final Intents intents;

    Offers(Intents intents) {
        this.intents = intents;
    }

    /** The likely tasks, by number; one alone is taken at once, none is {@code notUnderstood}. */
    Reply offer(DialogContext ctx, Understanding.Reading reading, String text, Route route,
                Supplier<Reply> notUnderstood) {
        List<Intents.Intent> offered = reading.choices().stream()
                .map(choice -> intents.byId(choice.intent()))
                .flatMap(Optional::stream)
                .filter(intent -> intent.label() != null)
                .toList();
        if (offered.isEmpty()) {
            return notUnderstood.get();
        }
        if (offered.size() == 1) {
            return route.to(ctx, offered.get(0), text);
        }
        ctx.exit();
        ctx.state().getData().put(OFFERED, String.join(",", offered.stream().map(Intents.Intent::id).toList()));
        ctx.state().getData().put(OFFERED_FOR, text);
        StringBuilder out = new StringBuilder("您是想:");
        for (int i = 0; i < offered.size(); i++) {
            out.append('\n').append(i + 1).append(". ").append(offered.get(i).label());
        }
        return Reply.text(out.append("\n请回复数字;都不是,请换个说法,或回复 菜单。").toString());
    }

    /** The second misunderstanding in a row: a person is offered directly, as 1. */
    Reply human(DialogContext ctx, String text) {
        ctx.exit();
        ctx.state().getData().put(OFFERED, Misunderstandings.HUMAN);
        ctx.state().getData().put(OFFERED_FOR, text);
        return Reply.text(Misunderstandings.OFFER_HUMAN);
    }

    /** The number answering an offer; anything else forgets the offer and is read afresh. */
    Optional<Reply> answer(DialogContext ctx, OptionalInt choice, Route route) {
        String offered = ctx.state().getData().get(OFFERED);
        if (offered == null) {
            return Optional.empty();
        }
        String unclear = ctx.state().getData().get(OFFERED_FOR);
        ctx.exit();
        List<String> ids = List.of(offered.split(","));
        if (choice.isEmpty() || choice.getAsInt() > ids.size()) {
            return Optional.empty();
        }
        return intents.byId(ids.get(choice.getAsInt() - 1)).map(intent -> route.to(ctx, intent, unclear));
    }
}
