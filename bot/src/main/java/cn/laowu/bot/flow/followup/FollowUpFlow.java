package cn.laowu.bot.flow.followup;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.StepFlow;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.dialog.WageParser;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * 回访 in chat: the worker tells us, in three or four short answers, whether they are still in the
 * job they were placed in, what they earn, whether they are satisfied and what troubles them.
 * Nothing is saved until the last answer; 取消 leaves it for next time.
 */
@Component
public class FollowUpFlow extends StepFlow {

    public static final String ID = "follow_up";
    private static final Set<String> NOTHING = Set.of("0", "没有", "没", "无", "没了", "不用", "不想说", "没事");
    private static final Set<String> STAYING = Set.of("在", "还在", "在的", "是", "是的", "还在干", "在干");
    private static final Set<String> LEFT = Set.of("不在", "不在了", "走了", "离开", "离开了", "已经离开", "不干了", "辞职",
            "辞职了", "换了", "换工作了");
    private static final Set<String> FAIR = Set.of("一般", "还行", "凑合", "马马虎虎", "还可以");

    private final FollowUpService followUps;
    private final WorkerLookup lookup;

    public FollowUpFlow(FollowUpService followUps, WorkerLookup lookup) {
        this.followUps = followUps;
        this.lookup = lookup;
    }

    @Override
    public AnswerShape expects(DialogContext ctx) {
        return switch (String.valueOf(ctx.state().getStep())) {
            case "still", "satisfied" -> AnswerShape.CHOICE;
            case "wage" -> AnswerShape.AMOUNT;
            default -> AnswerShape.FREE;
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reply start(DialogContext ctx) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            ctx.exit();
            return Reply.text("您还没有实名登记。回复 实名登记 开始,只要一两分钟。");
        }
        FollowUpService.Item due = followUps.dueFor(worker.getId()).orElse(null);
        if (due == null) {
            ctx.exit();
            return Reply.text(followUps.nextDueOn(worker.getId())
                    .map(day -> "现在还不到回访时间,下次回访在" + day.getMonthValue() + "月" + day.getDayOfMonth()
                            + "日前后,到时我们会提醒您。")
                    .orElse("目前没有需要回访的事项。") + "\n有困难随时回复 投诉 或 菜单。");
        }
        super.start(ctx);
        Map<String, String> data = ctx.state().getData();
        data.put("followUp", String.valueOf(due.followUp().getId()));
        data.put("worker", String.valueOf(worker.getId()));
        data.put("job", due.entry().job().getTitle());
        data.put("month", String.valueOf(due.followUp().getMonthNo()));
        return Reply.text(stillPrompt(ctx));
    }

    @Override
    public String task() {
        return "回访";
    }

    @Override
    protected List<Step> steps() {
        return List.of(
                new Step("still", this::stillPrompt, this::still),
                new Step("wage", c -> "现在每月到手工资大概多少元?直接回数字,比如 4500。不想说回复 0", this::wage),
                new Step("satisfied", c -> "对现在的工作满意吗?\n1. 满意\n2. 一般\n3. 不满意", this::satisfied),
                new Step("trouble", c -> "有什么困难需要我们帮忙吗?直接说一句;没有回复 0", this::lastWords),
                new Step("why", c -> "为什么离开了?说一句就行,比如 工资太低、家里有事;不想说回复 0", this::lastWords));
    }

    private String stillPrompt(DialogContext ctx) {
        Map<String, String> data = ctx.state().getData();
        return "【回访】您在「" + data.get("job") + "」上岗满" + data.get("month") + "个月了,问您几句话(随时回复 取消 退出)。"
                + "\n还在这家单位干吗?\n1. 还在\n2. 已经离开";
    }

    private Outcome still(DialogContext ctx, UserInput input) {
        String text = TextNormaliser.compact(input.text());
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (STAYING.contains(text) || choice.isPresent() && choice.getAsInt() == 1) {
            ctx.state().getData().put("still", "true");
            return next();
        }
        if (LEFT.contains(text) || choice.isPresent() && choice.getAsInt() == 2) {
            ctx.state().getData().put("still", "false");
            return goTo("why");
        }
        return retry("请回复 1 或 2。");
    }

    private Outcome wage(DialogContext ctx, UserInput input) {
        if (NOTHING.contains(TextNormaliser.compact(input.text()))) {
            return next();
        }
        OptionalLong yuan = WageParser.yuan(input.text());
        if (yuan.isEmpty() || yuan.getAsLong() < 300 || yuan.getAsLong() > 100_000) {
            return retry("工资写数字就行,比如 4500;不想说回复 0。");
        }
        ctx.state().getData().put("wage", String.valueOf(yuan.getAsLong()));
        return next();
    }

    private Outcome satisfied(DialogContext ctx, UserInput input) {
        String text = TextNormaliser.compact(input.text());
        OptionalInt choice = ChoiceParser.parse(input.text());
        Satisfaction answer = text.contains("不满意") ? Satisfaction.UNSATISFIED
                : text.contains("满意") ? Satisfaction.SATISFIED
                : FAIR.contains(text) ? Satisfaction.FAIR
                : choice.isPresent() && choice.getAsInt() <= 3 ? Satisfaction.values()[choice.getAsInt() - 1] : null;
        if (answer == null) {
            return retry("请回复 1、2 或 3。");
        }
        ctx.state().getData().put("satisfied", answer.name());
        return next();
    }

    /** The last answer, in their own words, whichever way they came: saved with everything before it. */
    private Outcome lastWords(DialogContext ctx, UserInput input) {
        return done(save(ctx, input.text()));
    }

    @Override
    protected Reply finish(DialogContext ctx) {
        return save(ctx, null);
    }

    private Reply save(DialogContext ctx, String said) {
        Map<String, String> data = ctx.state().getData();
        boolean still = Boolean.parseBoolean(data.get("still"));
        String note = said == null || NOTHING.contains(TextNormaliser.compact(said)) ? null : said.strip();
        if (note != null && note.length() > 255) {
            note = note.substring(0, 255);
        }
        Satisfaction satisfaction = data.containsKey("satisfied") ? Satisfaction.valueOf(data.get("satisfied")) : null;
        long workerId = Long.parseLong(data.get("worker"));
        try {
            followUps.answer(workerId, Long.parseLong(data.get("followUp")), new FollowUpService.Answer(still,
                    data.containsKey("wage") ? Long.parseLong(data.get("wage")) * 100 : null, satisfaction, note));
        } catch (RuleViolation | NotFoundInScope e) {
            return Reply.text("这次回访已经记过了,谢谢您。有困难随时回复 投诉。");
        }
        if (!still) {
            return Reply.text("已记下,谢谢您告诉我们。想找新工作回复 找工作;工资没结清回复 投诉,我们帮您讨。");
        }
        StringBuilder out = new StringBuilder("谢谢,已记下。");
        if (note != null || satisfaction == Satisfaction.UNSATISFIED) {
            out.append("工作人员会尽快联系您。");
        }
        out.append("祝工作顺利!遇到欠薪等问题回复 投诉。");
        followUps.nextDueOn(workerId).ifPresent(day -> out.append("\n下次回访在").append(day.getMonthValue())
                .append("月").append(day.getDayOfMonth()).append("日前后。"));
        return Reply.text(out.toString());
    }
}
