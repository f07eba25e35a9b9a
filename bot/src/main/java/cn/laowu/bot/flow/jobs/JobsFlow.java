package cn.laowu.bot.flow.jobs;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.RegistrationFlow;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.bot.understanding.Utterance;
import cn.laowu.core.job.JobService;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * 找工作: the newest open jobs, those matching the worker's wished-for area first ({@link JobList});
 * free words search ("电子厂 深圳"); numbers open a job; 报名 applies, registering first when needed.
 * Other ways in (a shared job's QR code, a numbered notice, 附近, the job page) open one job with
 * {@link #show}.
 */
@Component
public class JobsFlow implements Flow {

    static final String ID = "jobs";

    private static final Set<String> APPLY = Set.of("报名", "我要报名", "报", "报这个", "我报名", "要报名");
    private static final String LIST = "list";
    private static final String DETAIL = "detail";

    private final JobService jobs;
    private final JobList list;
    private final WorkerLookup lookup;
    private final JobApplying applying;
    private final RegistrationFlow registration;

    JobsFlow(JobService jobs, JobList list, WorkerLookup lookup, JobApplying applying, RegistrationFlow registration) {
        this.jobs = jobs;
        this.list = list;
        this.lookup = lookup;
        this.applying = applying;
        this.registration = registration;
    }

    /** Free words search the jobs; a sentence sure to mean another task is asked about, never searched. */
    @Override
    public AnswerShape expects(DialogContext ctx) {
        return AnswerShape.SEARCH;
    }

    @Override
    public Reply repeat(DialogContext ctx) {
        return list.list(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.enter(id(), LIST);
        return list.list(ctx);
    }

    /** A sentence such as "深圳电子厂还招人吗" searches for its job words at once, when they find anything. */
    @Override
    public Reply start(DialogContext ctx, String text) {
        return start(ctx, Utterance.of(text));
    }

    /** What the sentence asked for (trade, place, lowest wage) is searched, or the nearest to it. */
    @Override
    public Reply start(DialogContext ctx, Utterance said) {
        ctx.enter(id(), LIST);
        return list.searchFor(ctx, said);
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        if (!input.isText()) {
            return Reply.text("回复序号看岗位详情,或打字搜索,比如 电子厂 深圳。");
        }
        String word = TextNormaliser.compact(input.text());
        if (DETAIL.equals(ctx.state().getStep()) && APPLY.contains(word)) {
            return apply(ctx, Long.parseLong(ctx.state().getData().get("job")));
        }
        if (APPLY.contains(word)) {
            return Reply.text("请先回复序号选一个岗位,再回复 报名。");
        }
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (choice.isPresent()) {
            return open(ctx, choice.getAsInt());
        }
        ctx.state().setStep(LIST);
        return list.searchWords(ctx, input.text());
    }

    @Override
    public Reply back(DialogContext ctx) {
        if (DETAIL.equals(ctx.state().getStep())) {
            ctx.state().setStep(LIST);
            return list.list(ctx);
        }
        return null;
    }

    @Override
    public Reply page(DialogContext ctx, int delta) {
        ctx.state().setStep(LIST);
        return list.page(ctx, delta);
    }

    /** Opens one job directly, e.g. from a shared job QR code; the worker can 报名 or 返回 to the list. */
    public Reply show(DialogContext ctx, long jobId) {
        ctx.enter(id(), LIST);
        return detail(ctx, jobId).orElseGet(() -> list.list(ctx));
    }

    private Reply open(DialogContext ctx, int number) {
        OptionalLong jobId = list.numbered(ctx, number);
        if (jobId.isEmpty()) {
            return list.noSuch(ctx, number);
        }
        return detail(ctx, jobId.getAsLong()).orElseGet(() -> Reply.text("这个岗位刚刚停止报名了。回复 返回 看其他岗位。"));
    }

    /** The job's card, where 报名 applies for it; empty when it no longer takes applications. */
    private Optional<Reply> detail(DialogContext ctx, long jobId) {
        return jobs.openJob(jobId).map(card -> {
            ctx.state().setStep(DETAIL);
            ctx.state().getData().put("job", String.valueOf(jobId));
            return Reply.text(JobReplies.detail(card, jobs.vettedNow(card.employer())));
        });
    }

    private Reply apply(DialogContext ctx, long jobId) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            Reply first = ctx.detour(registration, id(), String.valueOf(jobId));
            return Reply.text("报名前要先实名登记,只要一两分钟,登记完马上为您报名。\n\n" + first.text());
        }
        ctx.exit();
        return Reply.text(applying.apply(ctx, worker.getId(), jobId));
    }

    /** Registration done: the application it interrupted goes in. */
    @Override
    public Reply resume(DialogContext ctx, String jobId) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            return Reply.text("请先实名登记。");
        }
        return Reply.text(applying.apply(ctx, worker.getId(), Long.parseLong(jobId)));
    }
}
