package cn.laowu.bot.flow.training;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Pager;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.RegistrationFlow;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.bot.understanding.Slots;
import cn.laowu.bot.understanding.Utterance;
import cn.laowu.core.job.JobService;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.DemandService;
import cn.laowu.core.training.CourseStatus;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.Timetable;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * 培训: upcoming courses, those of the worker's home county first, narrowed by the trade words of
 * the sentence ("想学电焊"); a number opens one; 报名 signs up, registering first when needed.
 */
@Component
public class TrainingFlow implements Flow {

    private static final Set<String> SIGN_UP = Set.of("报名", "我要报名", "报", "报这个", "我报名", "要报名", "报这门课");
    /** Trades people train for that the job lexicon does not know as such. */
    private static final List<String> TRADE_WORDS = List.of("电焊", "焊工", "叉车", "挖掘机", "装载机", "电工", "厨师", "烹饪",
            "面点", "月嫂", "育婴", "家政", "养老护理", "护工", "保育", "缝纫", "服装", "美容", "美发", "汽修", "汽车维修",
            "电商", "直播", "养殖", "种植", "茶叶", "采茶", "保安", "钢筋", "木工", "砌筑", "泥瓦", "水电", "驾驶", "司机",
            "电子", "数控", "车工", "钳工");
    private static final String LIST = "list";
    private static final String DETAIL = "detail";
    private static final String OVERLAP = "overlap";

    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final JobService jobs;
    private final WorkerLookup lookup;
    private final RegistrationFlow registration;
    private final CheckInFlow checkIn;
    private final MyTrainingFlow mine;
    private final DemandService demand;
    private final Timetable timetable;

    public TrainingFlow(CourseService courses, EnrolmentService enrolments, JobService jobs, WorkerLookup lookup,
                        RegistrationFlow registration, CheckInFlow checkIn, MyTrainingFlow mine, DemandService demand,
                        Timetable timetable) {
        this.demand = demand;
        this.timetable = timetable;
        this.checkIn = checkIn;
        this.mine = mine;
        this.courses = courses;
        this.enrolments = enrolments;
        this.jobs = jobs;
        this.lookup = lookup;
        this.registration = registration;
    }

    /** Free words search the courses; a sentence sure to mean another task is asked about, never searched. */
    @Override
    public AnswerShape expects(DialogContext ctx) {
        return AnswerShape.SEARCH;
    }

    @Override
    public Reply repeat(DialogContext ctx) {
        return list(ctx, null);
    }

    @Override
    public String id() {
        return "training";
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.enter(id(), LIST);
        return list(ctx, null);
    }

    @Override
    public Reply start(DialogContext ctx, String text) {
        return start(ctx, Utterance.of(text));
    }

    /** The trade the sentence named ("学开叉车哪里报") narrows the list, when it finds anything. */
    @Override
    public Reply start(DialogContext ctx, Utterance said) {
        ctx.enter(id(), LIST);
        List<String> words = tradeWords(said);
        if (words.isEmpty()) {
            return list(ctx, null);
        }
        ctx.state().getData().put("q", String.join(" ", words));
        if (!search(ctx, 0).isEmpty()) {
            return list(ctx, null);
        }
        ctx.state().getData().remove("q");
        return list(ctx, "暂时没有「" + String.join("、", words) + "」的课程。" + wish(ctx, words, said.text()));
    }

    /** 以需定训: a registered worker's wish is recorded and they are told when such a course opens. */
    private String wish(DialogContext ctx, List<String> words, String said) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            return "实名登记后(回复 实名登记),可以记下您想学的工种,开班时通知您。\n";
        }
        for (String word : words.stream().filter(w -> w.length() <= 32).toList()) {
            demand.record(worker.getId(), worker.getHomeRegionCode(), worker.getHomeRegionPath(), word, said);
        }
        return "已记下您想学「" + String.join("、", words) + "」,有这类课程开班会第一时间告诉您。\n";
    }

    private static List<String> tradeWords(Utterance said) {
        String compact = TextNormaliser.compact(said.text());
        List<String> found = new ArrayList<>();
        said.slots().get(Slots.EMPLOYER).ifPresent(found::add);
        for (String word : TRADE_WORDS) {
            if (compact.contains(word) && found.stream().noneMatch(f -> f.contains(word) || word.contains(f))) {
                found.add(word);
            }
        }
        return found;
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        if (!input.isText()) {
            return Reply.text("回复序号看课程详情;回复 菜单 回主菜单。");
        }
        String word = TextNormaliser.compact(input.text());
        if (OVERLAP.equals(ctx.state().getStep())) {
            return TrainingReplies.confirmsClash(word).map(yes -> yes ? signUp(ctx, Long.parseLong(ctx.state().getData()
                    .get("course"))) : exit(ctx, "好的,这门课没有报。回复 我的培训 看已报的课。"))
                    .orElseGet(() -> Reply.text("仍要报名请回复 1,不报了回复 2。"));
        }
        if (DETAIL.equals(ctx.state().getStep()) && SIGN_UP.contains(word)) {
            return signUp(ctx, Long.parseLong(ctx.state().getData().get("course")));
        }
        if (SIGN_UP.contains(word)) {
            return Reply.text("请先回复序号选一门课,再回复 报名。");
        }
        if (word.startsWith("签到")) {
            return checkIn.start(ctx, input.text());
        }
        if (word.equals("我的培训")) {
            return mine.start(ctx);
        }
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (choice.isPresent()) {
            return open(ctx, choice.getAsInt());
        }
        // Anything else is a new search ("电焊", "叉车").
        return start(ctx, Utterance.of(input.text()));
    }

    @Override
    public Reply back(DialogContext ctx) {
        if (DETAIL.equals(ctx.state().getStep())) {
            ctx.state().setStep(LIST);
            return list(ctx, null);
        }
        return null;
    }

    @Override
    public Reply page(DialogContext ctx, int delta) {
        int page = ctx.state().getPage() + delta;
        if (page < 0) {
            return Reply.text("已经是第一页了。");
        }
        List<Course> found = search(ctx, page);
        if (found.isEmpty()) {
            return Reply.text("没有更多课程了。回复 上一页 往回看。");
        }
        ctx.state().setPage(page);
        ctx.state().setStep(LIST);
        return render(ctx, found, null);
    }

    private Reply list(DialogContext ctx, String preface) {
        List<Course> found = search(ctx, ctx.state().getPage());
        if (found.isEmpty()) {
            ctx.exit();
            return Reply.text((preface == null ? "" : preface) + "近期还没有开放报名的培训课程。新课程发布后会在这里列出,也可以到乡镇社会保障站问问。");
        }
        return render(ctx, found, preface);
    }

    private Reply render(DialogContext ctx, List<Course> found, String preface) {
        int page = ctx.state().getPage();
        boolean more = found.size() > Pager.PAGE_SIZE;
        List<Course> shown = more ? found.subList(0, Pager.PAGE_SIZE) : found;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < page * Pager.PAGE_SIZE; i++) {
            lines.add("");
        }
        List<String> ids = new ArrayList<>();
        for (Course course : shown) {
            ids.add(String.valueOf(course.getId()));
            lines.add(TrainingReplies.line(course, jobTitle(course)));
        }
        if (more) {
            lines.add("");
        }
        ctx.state().getData().put("ids", String.join(",", ids));
        String q = ctx.state().getData().get("q");
        String header = (preface == null ? "" : preface)
                + (q == null ? "近期开课的培训,回复序号看详情:" : "「" + q + "」的培训课程,回复序号看详情:");
        return Reply.text(Pager.render(header, lines, page, "打字可以换个工种找,比如 电焊、叉车、家政。"));
    }

    private Optional<String> jobTitle(Course course) {
        return Optional.ofNullable(course.getJobId()).flatMap(jobs::openJob).map(card -> card.job().getTitle());
    }

    private Reply open(DialogContext ctx, int number) {
        List<String> ids = Arrays.asList(ctx.state().getData().getOrDefault("ids", "").split(","));
        int index = number - 1 - ctx.state().getPage() * Pager.PAGE_SIZE;
        if (index < 0 || index >= ids.size() || ids.get(index).isEmpty()) {
            return Reply.text("请回复这一页上的序号。");
        }
        long courseId = Long.parseLong(ids.get(index));
        Course course = courses.find(courseId).filter(c -> c.getStatus() == CourseStatus.OPEN).orElse(null);
        if (course == null) {
            return Reply.text("这门课刚刚停止报名了。回复 返回 看其他课程。");
        }
        ctx.state().setStep(DETAIL);
        ctx.state().getData().put("course", String.valueOf(courseId));
        return Reply.text(TrainingReplies.detail(course,
                Optional.ofNullable(course.getJobId()).flatMap(jobs::openJob)));
    }

    private Reply signUp(DialogContext ctx, long courseId) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            Reply first = ctx.detour(registration, id(), String.valueOf(courseId));
            return Reply.text("报名培训前要先实名登记,只要一两分钟,登记完马上为您报名。\n\n" + first.text());
        }
        List<Timetable.Clash> clashes = timetable.clashes(worker.getId(), courseId);
        if (!clashes.isEmpty() && !OVERLAP.equals(ctx.state().getStep())) {
            ctx.state().setStep(OVERLAP);
            return Reply.text(TrainingReplies.clash(clashes));
        }
        return exit(ctx, signUp(worker.getId(), courseId));
    }

    private static Reply exit(DialogContext ctx, String text) {
        ctx.exit();
        return Reply.text(text);
    }

    /** Registration done: the sign-up it interrupted goes in. */
    @Override
    public Reply resume(DialogContext ctx, String courseId) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            return Reply.text("请先实名登记。");
        }
        return Reply.text(signUp(worker.getId(), Long.parseLong(courseId)));
    }

    private String signUp(long workerId, long courseId) {
        EnrolmentService.Outcome outcome;
        try {
            outcome = enrolments.signUp(workerId, courseId, "WECHAT");
        } catch (EnrolmentService.DuplicateSignUp e) {
            outcome = new EnrolmentService.Outcome.Already(enrolments.find(courseId, workerId),
                    courses.find(courseId).orElseThrow());
        }
        return TrainingReplies.outcome(outcome);
    }

    /** One page and one row more, the worker's home county first. */
    private List<Course> search(DialogContext ctx, int page) {
        Map<String, String> data = ctx.state().getData();
        if (!data.containsKey("home")) {
            data.put("home", lookup.of(ctx).map(Worker::getHomeRegionPath).orElse(""));
        }
        String home = data.get("home");
        String q = data.get("q");
        return courses.upcoming(home.isEmpty() ? null : home, q == null ? List.of() : List.of(q.split(" ")),
                page * Pager.PAGE_SIZE, Pager.PAGE_SIZE + 1);
    }
}
