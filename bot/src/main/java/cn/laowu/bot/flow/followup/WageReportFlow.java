package cn.laowu.bot.flow.followup;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.dialog.WageParser;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * "我现在一个月拿五千", "工资涨到六千了": the worker tells us their wage between follow-ups. It is kept
 * with their current placement, which is what 劳务收入 is estimated from.
 */
@Component
public class WageReportFlow implements Flow {

    public static final String ID = "wage_report";
    private static final String AMOUNT = "amount";
    private static final String EXAMPLE = "比如:我现在一个月拿5000";

    private final FollowUpService followUps;
    private final WorkerLookup lookup;

    WageReportFlow(FollowUpService followUps, WorkerLookup lookup) {
        this.followUps = followUps;
        this.lookup = lookup;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public AnswerShape expects(DialogContext ctx) {
        return AnswerShape.AMOUNT;
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.enter(id(), AMOUNT);
        // Reached by a sentence without an amount, it may be a wage not paid ("工资没到手"): name that way out too.
        return Reply.text("您现在每月到手大约多少元?" + EXAMPLE + "。\n工资被拖欠,请回复 投诉;回复 取消 退出。");
    }

    @Override
    public Reply start(DialogContext ctx, String text) {
        OptionalLong yuan = WageParser.yuan(text);
        return yuan.isPresent() ? told(ctx, yuan.getAsLong()) : start(ctx);
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        if (!input.isText()) {
            return null;
        }
        OptionalLong yuan = WageParser.yuan(input.text());
        if (yuan.isEmpty()) {
            return Reply.text("没听出金额。请写数字," + EXAMPLE + ";回复 取消 退出。");
        }
        return told(ctx, yuan.getAsLong());
    }

    private Reply told(DialogContext ctx, long yuan) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            ctx.exit();
            return Reply.text("您还没有实名登记,工资记不到您名下。回复 实名登记 开始,只要一两分钟。");
        }
        try {
            if (followUps.reportWage(worker.getId(), Math.multiplyExact(yuan, 100L)).isEmpty()) {
                ctx.exit();
                return Reply.text("我们这里还没有您上岗的记录,工资先不用报。经我们介绍上岗后,随时告诉我们收入。"
                        + "找工作回复 找工作。");
            }
        } catch (RuleViolation | ArithmeticException e) {
            ctx.enter(id(), AMOUNT);
            return Reply.text("这个数不像月工资。请说每月到手大约多少元," + EXAMPLE + ";回复 取消 退出。");
        }
        ctx.exit();
        return Reply.text("记下了:每月约" + yuan + "元,谢谢!");
    }
}
