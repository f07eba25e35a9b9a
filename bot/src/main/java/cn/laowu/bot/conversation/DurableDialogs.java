package cn.laowu.bot.conversation;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.DialogState;
import cn.laowu.bot.dialog.DurableFlow;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The flows that keep their state in MySQL too ({@link DurableFlow}): recalled while Redis is away, forgotten when left. */
@Component
class DurableDialogs {

    private final List<DurableFlow> flows;

    DurableDialogs(List<DurableFlow> flows) {
        this.flows = flows;
    }

    /** The state of the follower's unfinished durable dialog, taken up where MySQL has it; its flow id, or null. */
    String recall(DialogContext ctx) {
        for (DurableFlow flow : flows) {
            Optional<DialogState> kept = flow.recall(ctx.appid(), ctx.openid());
            if (kept.isPresent()) {
                DialogState from = kept.get();
                ctx.state().setFlow(from.getFlow());
                ctx.state().setStep(from.getStep());
                ctx.state().setData(from.getData());
                ctx.state().setHistory(from.getHistory());
                return from.getFlow();
            }
        }
        return null;
    }

    /** A durable flow the follower was in and has now left (menu, cancel, done): what it kept goes. */
    void left(DialogContext ctx, String flowBefore) {
        if (flowBefore != null && !flowBefore.equals(ctx.state().getFlow())) {
            durable(flowBefore).ifPresent(flow -> flow.forget(ctx.appid(), ctx.openid()));
        }
    }

    /** The follower left every dialog (unfollowed): nothing durable is kept for them. */
    void forgetAll(String appid, String openid) {
        flows.forEach(flow -> flow.forget(appid, openid));
    }

    boolean isDurable(String flowId) {
        return durable(flowId).isPresent();
    }

    private Optional<DurableFlow> durable(String flowId) {
        return flowId == null ? Optional.empty() : flows.stream().filter(f -> f.id().equals(flowId)).findFirst();
    }
}
