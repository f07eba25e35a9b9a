package cn.laowu.bot.flow.jobs;

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
import cn.laowu.bot.understanding.Utterance;
import cn.laowu.core.search.JobQuery;
import cn.laowu.core.job.JobService;
import cn.laowu.core.search.JobSearch;
import cn.laowu.core.job.JobService.JobCard;
import cn.laowu.core.outpost.WorkplaceService;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * 找工作: the newest open jobs, those matching the worker's wished-for area first; free words
 * search ("电子厂 深圳"); numbers open a job; 报名 applies, registering first when needed.
 */
@Component
public class JobsFlow implements Flow {

    static final String ID = "jobs";

    private static final Set<String> APPLY = Set.of("报名", "我要报名", "报", "报这个", "我报名", "要报名");
    private static final String LIST = "list";
    private static final List<String> JOB_WORDS = words("dialog/job-words.txt");
    private static final String DETAIL = "detail";

    private final JobService jobs;
    private final JobSearch search;
    private final WorkerLookup lookup;
    private final JobApplying applying;
    private final RegistrationFlow registration;
    private final WorkplaceService workplaces;

    public JobsFlow(JobService jobs, JobSearch search, WorkerLookup lookup, JobApplying applying,
                    RegistrationFlow registration, WorkplaceService workplaces) {
        this.workplaces = workplaces;
        this.jobs = jobs;
        this.search = search;
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
        return list(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.enter(id(), LIST);
        return list(ctx);
    }

    /** A sentence such as "深圳电子厂还招人吗" searches for its job words at once, when they find anything. */
    @Override
    public Reply start(DialogContext ctx, String text) {
        return start(ctx, Utterance.of(text));
    }

    /**
     * The trade, place and lowest wage the sentence named ("我是电焊工 广东那边有活没", "四千以上的") are
     * searched together; when together they find nothing, the worker is told so and shown the nearest
     * (without the place, then the wage, then the trade), never a silent plain list.
     */
    @Override
    public Reply start(DialogContext ctx, Utterance said) {
        JobConditions conditions = JobConditions.of(said, JOB_WORDS, TextNormaliser.compact(said.text()));
        ctx.enter(id(), LIST);
        if (conditions.isEmpty()) {
            return list(ctx);
        }
        boolean first = true;
        for (JobConditions.Attempt attempt : conditions.attempts()) {
            Map<String, String> data = ctx.state().getData();
            data.remove("q");
            data.remove("min");
            if (attempt.keyword() != null) {
                data.put("q", attempt.keyword());
            }
            if (attempt.minWageYuan() != null) {
                data.put("min", String.valueOf(attempt.minWageYuan()));
            }
            List<JobCard> cards = search(ctx, 0);
            if (!cards.isEmpty()) {
                Reply found = render(ctx, cards);
                return first ? found : Reply.text(conditions.nothingFound() + ",这些是" + JobConditions.describe(attempt)
                        + "的:\n" + found.text());
            }
            first = false;
        }
        ctx.state().getData().remove("q");
        ctx.state().getData().remove("min");
        Reply all = list(ctx);
        return Reply.text(conditions.nothingFound() + "。" + (all.text().startsWith("现在还没有") ? "" : "这些是正在招工的:\n")
                + all.text());
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
        String keyword = JobQuery.cleanKeyword(input.text());
        ctx.state().getData().remove("min");
        if (keyword == null) {
            ctx.state().getData().remove("q");
        } else {
            ctx.state().getData().put("q", keyword);
        }
        ctx.state().setPage(0);
        ctx.state().setStep(LIST);
        return list(ctx);
    }

    @Override
    public Reply back(DialogContext ctx) {
        if (DETAIL.equals(ctx.state().getStep())) {
            ctx.state().setStep(LIST);
            return list(ctx);
        }
        return null;
    }

    /** Paging always shows a page: past either end, the first or last page again, with a note saying so. */
    @Override
    public Reply page(DialogContext ctx, int delta) {
        ctx.state().setStep(LIST);
        int page = ctx.state().getPage() + delta;
        if (page < 0) {
            return withNote("已经是第一页了。", list(ctx));
        }
        List<JobCard> cards = search(ctx, page);
        if (cards.isEmpty()) {
            return withNote("已经是最后一页了。", list(ctx));
        }
        ctx.state().setPage(page);
        return render(ctx, cards);
    }

    private static Reply withNote(String note, Reply list) {
        return Reply.text(note + "\n" + list.text());
    }

    private Reply list(DialogContext ctx) {
        List<JobCard> cards = search(ctx, ctx.state().getPage());
        String keyword = ctx.state().getData().get("q");
        if (cards.isEmpty()) {
            return Reply.text(keyword == null
                    ? "现在还没有正在招工的岗位。新岗位发布后会通知您,也可以到乡镇社会保障站问问。"
                    : "没有找到和「" + keyword + "」有关的岗位。换个词试试,比如 电子厂、保安、深圳;回复 取消 退出。");
        }
        return render(ctx, cards);
    }

    private Reply render(DialogContext ctx, List<JobCard> cards) {
        int page = ctx.state().getPage();
        // search() fetches one row more than a page: its presence is what says there is a next page.
        boolean more = cards.size() > Pager.PAGE_SIZE;
        List<JobCard> shown = more ? cards.subList(0, Pager.PAGE_SIZE) : cards;
        List<String> ids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        // Pager numbers items across pages; pad the pages before so numbers continue (7, 8 ...).
        for (int i = 0; i < page * Pager.PAGE_SIZE; i++) {
            lines.add("");
        }
        for (JobCard card : shown) {
            ids.add(String.valueOf(card.job().getId()));
            lines.add(JobReplies.line(card));
        }
        if (more) {
            lines.add("");
        }
        ctx.state().getData().put("ids", String.join(",", ids));
        String keyword = ctx.state().getData().get("q");
        String header = keyword == null ? "正在招工的岗位,回复序号看详情:" : "「" + keyword + "」的岗位,回复序号看详情:";
        String city = ctx.state().getData().getOrDefault("city", "");
        if (!city.isEmpty() && page == 0) {
            header = header.replace(",回复序号", "," + city + "的排在前面,回复序号");
        }
        return Reply.text(Pager.render(header, lines, page, "打字可以搜索,比如 电子厂 深圳。"));
    }

    /** Opens one job directly, e.g. from a shared job QR code; the worker can 报名 or 返回 to the list. */
    public Reply show(DialogContext ctx, long jobId) {
        ctx.enter(id(), LIST);
        return jobs.openJob(jobId).map(card -> {
            ctx.state().setStep(DETAIL);
            ctx.state().getData().put("job", String.valueOf(jobId));
            return Reply.text(JobReplies.detail(card, jobs.vettedNow(card.employer())));
        }).orElseGet(() -> list(ctx));
    }

    private Reply open(DialogContext ctx, int number) {
        int page = ctx.state().getPage();
        int itsPage = (number - 1) / Pager.PAGE_SIZE;
        if (number >= 1 && itsPage != page) {
            // Numbers run on across pages, so a number seen on another page still means the job shown with it.
            List<JobCard> cards = search(ctx, itsPage);
            if (cards.size() > (number - 1) % Pager.PAGE_SIZE) {
                page = itsPage;
                ctx.state().setPage(page);
                render(ctx, cards);
            }
        }
        List<String> ids = Arrays.stream(ctx.state().getData().getOrDefault("ids", "").split(","))
                .filter(id -> !id.isEmpty()).toList();
        int index = number - 1 - page * Pager.PAGE_SIZE;
        if (index < 0 || index >= ids.size()) {
            if (ids.isEmpty()) {
                return Reply.text("这里还没有岗位可选。打字搜索试试,比如 电子厂 深圳。");
            }
            int first = page * Pager.PAGE_SIZE + 1;
            int last = page * Pager.PAGE_SIZE + ids.size();
            return Reply.text("没有第" + number + "个。请回复 " + (first == last ? first : first + "-" + last)
                    + " 看岗位详情,翻页回复 下一页 或 上一页。");
        }
        long jobId = Long.parseLong(ids.get(index));
        return jobs.openJob(jobId).map(card -> {
            ctx.state().setStep(DETAIL);
            ctx.state().getData().put("job", String.valueOf(jobId));
            return Reply.text(JobReplies.detail(card, jobs.vettedNow(card.employer())));
        }).orElseGet(() -> Reply.text("这个岗位刚刚停止报名了。回复 返回 看其他岗位。"));
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

    private static List<String> words(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * One page and one row more; the worker's wished-for area, and the city where they work now
     * (its jobs first: 转岗换岗 on the spot), are looked up once per conversation.
     */
    private List<JobCard> search(DialogContext ctx, int page) {
        Map<String, String> data = ctx.state().getData();
        if (!data.containsKey("pref")) {
            Worker worker = lookup.of(ctx).orElse(null);
            WorkArea wish = worker == null ? null : worker.getIntendedArea();
            data.put("pref", wish == null ? "" : wish.name());
            data.put("city", worker == null ? "" : workplaces.currentCity(worker.getId()).orElse(""));
        }
        String pref = data.get("pref");
        Long minFen = data.containsKey("min") ? Long.parseLong(data.get("min")) * 100 : null;
        return search.search(new JobQuery(data.get("q"), null, minFen, pref.isEmpty() ? null : WorkArea.valueOf(pref),
                        data.get("city")), page * Pager.PAGE_SIZE, Pager.PAGE_SIZE + 1);
    }
}
