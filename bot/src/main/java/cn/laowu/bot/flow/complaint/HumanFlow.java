package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.complaint.HelpDesk;
import cn.laowu.core.complaint.HelpMessage;
import cn.laowu.core.support.RuleViolation;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * "人工" / "找工作人员": what the worker writes goes to the office's inbox; clerks' replies arrive
 * through the outbox, and any not seen yet are shown here when the worker writes again.
 */
@Component
public class HumanFlow implements Flow {

    private final HelpDesk desk;
    private final HomeFinder homes;

    HumanFlow(HelpDesk desk, HomeFinder homes) {
        this.desk = desk;
        this.homes = homes;
    }

    /** Whatever the worker writes to the clerk is for the clerk. */
    @Override
    public AnswerShape expects(DialogContext ctx) {
        return "home".equals(ctx.state().getStep()) ? AnswerShape.PLACE : AnswerShape.FREE;
    }

    @Override
    public String id() {
        return "human";
    }

    @Override
    public Reply start(DialogContext ctx) {
        if (!desk.knows(ctx.appid(), ctx.openid())) {
            ctx.enter(id(), "home");
            return Reply.text("好的,帮您找工作人员。您是哪个乡镇的?(打乡镇或村名,如 矮寨镇)\n回复 结束 退出。");
        }
        return talk(ctx, null);
    }

    private Reply talk(DialogContext ctx, String regionCode) {
        ctx.enter(id(), "talk");
        List<HelpMessage> replies = desk.open(ctx.appid(), ctx.openid(), regionCode);
        return Reply.text(replies(replies) + "好的,帮您找乡镇社会保障站的工作人员。请直接说您的事(打字或语音),"
                + "工作人员上班时间会尽快回复您。\n回复 结束 退出。");
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        if ("home".equals(ctx.state().getStep())) {
            return homes.township(ctx, input.isText() ? input.text() : null).map(t -> talk(ctx, t.getCode()))
                    .orElseGet(() -> Reply.text("没有找到这个地方,请打乡镇或村名的全称,如 矮寨镇。回复 结束 退出。"));
        }
        if (!input.isText() || input.text().isBlank()) {
            return Reply.text("请打字或说话告诉工作人员。回复 结束 退出。");
        }
        try {
            List<HelpMessage> replies = desk.fromWorker(ctx.appid(), ctx.openid(), ctx.regionCode(), input.text().trim());
            return Reply.text(replies(replies) + "已转给工作人员。回复后会发消息给您,也可以过一会儿回复 人工 查看。");
        } catch (RuleViolation e) {
            return Reply.text(e.getMessage());
        }
    }

    private static String replies(List<HelpMessage> replies) {
        StringBuilder out = new StringBuilder();
        for (HelpMessage reply : replies) {
            out.append("工作人员回复:").append(reply.getText()).append("\n\n");
        }
        return out.toString();
    }
}
