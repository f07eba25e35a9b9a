package cn.laowu.bot.flow.training;

import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.Timetable;
import cn.laowu.core.training.TrainingRecords;
import cn.laowu.core.training.TrainingRecords.TrainingRecord;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * 我的培训: each course with its status, attendance so far and certificate; a number opens one,
 * and before the start 退出报名 gives the seat back (to the first on the waiting list).
 */
@Component
public class MyTrainingFlow implements Flow {

    private static final Set<String> CANCEL_SIGN_UP = Set.of("退出报名", "取消报名", "不去了", "不参加了", "退报名", "退出培训");
    private static final String LIST = "list";
    private static final String DETAIL = "detail";

    private final TrainingRecords records;
    private final EnrolmentService enrolments;
    private final WorkerLookup lookup;
    private final Clock clock;
    private final CourseService courses;
    private final Timetable timetable;

    public MyTrainingFlow(TrainingRecords records, EnrolmentService enrolments, WorkerLookup lookup, Clock clock,
                          CourseService courses, Timetable timetable) {
        this.courses = courses;
        this.timetable = timetable;
        this.records = records;
        this.enrolments = enrolments;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "my_training";
    }

    @Override
    public Reply start(DialogContext ctx) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            ctx.exit();
            return Reply.text("您还没有实名登记,也还没有报名培训。回复 培训 看课程,报名时会带您登记。");
        }
        List<TrainingRecord> mine = records.ofWorker(worker.getId());
        if (mine.isEmpty()) {
            ctx.exit();
            return Reply.text("您还没有报名培训。回复 培训 看看近期开课的课程。");
        }
        ctx.enter(id(), LIST);
        List<String> ids = new ArrayList<>();
        StringBuilder out = new StringBuilder("您的培训,回复序号看详情:");
        int n = 0;
        for (TrainingRecord r : mine.subList(0, Math.min(10, mine.size()))) {
            ids.add(String.valueOf(r.enrolmentId()));
            out.append('\n').append(++n).append(". ").append(r.courseTitle()).append(" · ")
                    .append(TrainingReplies.dates(r.startsOn(), r.endsOn())).append(" · ").append(r.stageLabel());
            if (r.certificateSerial() != null) {
                out.append(" · 已发").append(r.certificateLevel().label()).append("证书");
            }
        }
        ctx.state().getData().put("ids", String.join(",", ids));
        return Reply.text(out.append("\n\n签到:回复 签到 加6位签到码,或扫老师出示的二维码。").toString());
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        if (!input.isText()) {
            return Reply.text("回复序号看详情;回复 菜单 回主菜单。");
        }
        String word = TextNormaliser.compact(input.text());
        if (DETAIL.equals(ctx.state().getStep()) && CANCEL_SIGN_UP.contains(word)) {
            return cancel(ctx, Long.parseLong(ctx.state().getData().get("enrolment")));
        }
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (choice.isEmpty()) {
            return Reply.text("请回复序号看详情;回复 菜单 回主菜单。");
        }
        List<String> ids = Arrays.asList(ctx.state().getData().getOrDefault("ids", "").split(","));
        if (choice.getAsInt() > ids.size() || ids.get(choice.getAsInt() - 1).isEmpty()) {
            return Reply.text("请回复列表上的序号。");
        }
        long enrolmentId = Long.parseLong(ids.get(choice.getAsInt() - 1));
        TrainingRecord r = records.record(enrolmentId).orElse(null);
        if (r == null) {
            return start(ctx);
        }
        ctx.state().setStep(DETAIL);
        ctx.state().getData().put("enrolment", String.valueOf(enrolmentId));
        return Reply.text(detail(r));
    }

    @Override
    public Reply back(DialogContext ctx) {
        return DETAIL.equals(ctx.state().getStep()) ? start(ctx) : null;
    }

    /** The course's own stage (报名中 / 开课 / 结课), from its sessions. */
    private String courseStage(TrainingRecord r) {
        return courses.find(r.courseId()).map(c -> "(课程" + timetable.stage(c).label() + ")").orElse("");
    }

    private String detail(TrainingRecord r) {
        StringBuilder out = new StringBuilder("【").append(r.courseTitle()).append("】\n")
                .append("状态:").append(r.stageLabel()).append(courseStage(r))
                .append("\n时间:").append(TrainingReplies.dates(r.startsOn(), r.endsOn()))
                .append("\n培训机构:").append(r.institutionName())
                .append("\n已出勤:").append(r.sessionsAttended()).append("节,").append(r.daysAttended()).append("天");
        if (r.flaggedSessions() > 0) {
            out.append("\n有").append(r.flaggedSessions()).append("节签到后没应点名,暂不计出勤;确实在场请找老师更正。");
        }
        if (r.certificateSerial() != null) {
            out.append("\n证书:").append(r.occupation()).append(" ").append(r.certificateLevel().label())
                    .append(",编号 ").append(r.certificateSerial()).append(",").append(r.certificateIssuedOn()).append("发证");
        }
        boolean cancellable = r.status().isActive() && r.startsOn().isAfter(ChinaTime.today(clock));
        if (cancellable) {
            out.append("\n\n去不了请回复 退出报名,名额会让给候补的人。");
        }
        return out.append("\n回复 返回 看全部培训。").toString();
    }

    private Reply cancel(DialogContext ctx, long enrolmentId) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            ctx.exit();
            return Reply.text("请先实名登记。");
        }
        boolean done;
        try {
            done = enrolments.cancel(worker.getId(), enrolmentId);
        } catch (NotFoundInScope e) {
            ctx.exit();
            return Reply.text("这条报名已经取消或结束了。回复 我的培训 查看。");
        }
        ctx.exit();
        if (!done) {
            return Reply.text("课程已经开始,不能在这里退出了。有特殊情况请联系培训机构。");
        }
        return Reply.text("已为您退出报名,名额会让给候补的人。想学别的,回复 培训 看看其他课程。");
    }
}
