package cn.laowu.bot.flow.jobs;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Pager;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.bot.understanding.Utterance;
import cn.laowu.core.outpost.WorkplaceService;
import cn.laowu.core.search.JobLine;
import cn.laowu.core.search.JobQuery;
import cn.laowu.core.search.JobSearch;
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
import java.util.OptionalLong;

/**
 * The list of 找工作: which open jobs the worker sees for the words searched (the wished-for area and
 * the city where they work now first), one page at a time, numbered on across pages so a number
 * seen on any page still opens the job shown with it. What is searched sits in the dialog data.
 */
@Component
class JobList {

    private static final List<String> JOB_WORDS = words("dialog/job-words.txt");

    private final JobSearch search;
    private final WorkerLookup lookup;
    private final WorkplaceService workplaces;

    JobList(JobSearch search, WorkerLookup lookup, WorkplaceService workplaces) {
        this.search = search;
        this.lookup = lookup;
        this.workplaces = workplaces;
    }

    /**
     * The trade, place and lowest wage the sentence named ("我是电焊工 广东那边有活没", "四千以上的") are
     * searched together; when together they find nothing, the worker is told so and shown the nearest
     * (without the place, then the wage, then the trade), never a silent plain list.
     */
    Reply searchFor(DialogContext ctx, Utterance said) {
        JobConditions conditions = JobConditions.of(said, JOB_WORDS, TextNormaliser.compact(said.text()));
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
            List<JobLine> rows = search(ctx, 0);
            if (!rows.isEmpty()) {
                Reply found = render(ctx, rows);
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

    /** Free words typed in the list: a new search from its first page (no words: every job). */
    Reply searchWords(DialogContext ctx, String text) {
        String keyword = JobQuery.cleanKeyword(text);
        ctx.state().getData().remove("min");
        if (keyword == null) {
            ctx.state().getData().remove("q");
        } else {
            ctx.state().getData().put("q", keyword);
        }
        ctx.state().setPage(0);
        return list(ctx);
    }

    /** Paging always shows a page: past either end, the first or last page again, with a note saying so. */
    Reply page(DialogContext ctx, int delta) {
        int page = ctx.state().getPage() + delta;
        if (page < 0) {
            return withNote("已经是第一页了。", list(ctx));
        }
        List<JobLine> rows = search(ctx, page);
        if (rows.isEmpty()) {
            return withNote("已经是最后一页了。", list(ctx));
        }
        ctx.state().setPage(page);
        return render(ctx, rows);
    }

    private static Reply withNote(String note, Reply list) {
        return Reply.text(note + "\n" + list.text());
    }

    /** The page the worker is on. */
    Reply list(DialogContext ctx) {
        List<JobLine> rows = search(ctx, ctx.state().getPage());
        String keyword = ctx.state().getData().get("q");
        if (rows.isEmpty()) {
            return Reply.text(keyword == null
                    ? "现在还没有正在招工的岗位。新岗位发布后会通知您,也可以到乡镇社会保障站问问。"
                    : "没有找到和「" + keyword + "」有关的岗位。换个词试试,比如 电子厂、保安、深圳;回复 取消 退出。");
        }
        return render(ctx, rows);
    }

    /**
     * The job shown with this number; a number seen on another page turns to that page first. Empty
     * when there is none: {@link #noSuch} says what to reply instead.
     */
    OptionalLong numbered(DialogContext ctx, int number) {
        int page = ctx.state().getPage();
        int itsPage = (number - 1) / Pager.PAGE_SIZE;
        if (number >= 1 && itsPage != page) {
            // Numbers run on across pages, so a number seen on another page still means the job shown with it.
            List<JobLine> rows = search(ctx, itsPage);
            if (rows.size() > (number - 1) % Pager.PAGE_SIZE) {
                page = itsPage;
                ctx.state().setPage(page);
                render(ctx, rows);
            }
        }
        List<String> ids = shownIds(ctx);
        int index = number - 1 - page * Pager.PAGE_SIZE;
        return index < 0 || index >= ids.size() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(ids.get(index)));
    }

    /** Why no job has this number, and which numbers there are. */
    Reply noSuch(DialogContext ctx, int number) {
        List<String> ids = shownIds(ctx);
        if (ids.isEmpty()) {
            return Reply.text("这里还没有岗位可选。打字搜索试试,比如 电子厂 深圳。");
        }
        int page = ctx.state().getPage();
        int first = page * Pager.PAGE_SIZE + 1;
        int last = page * Pager.PAGE_SIZE + ids.size();
        return Reply.text("没有第" + number + "个。请回复 " + (first == last ? first : first + "-" + last)
                + " 看岗位详情,翻页回复 下一页 或 上一页。");
    }

    private static List<String> shownIds(DialogContext ctx) {
        return Arrays.stream(ctx.state().getData().getOrDefault("ids", "").split(","))
                .filter(id -> !id.isEmpty()).toList();
    }

    private Reply render(DialogContext ctx, List<JobLine> rows) {
        int page = ctx.state().getPage();
        // search() fetches one row more than a page: its presence is what says there is a next page.
        boolean more = rows.size() > Pager.PAGE_SIZE;
        List<JobLine> shown = more ? rows.subList(0, Pager.PAGE_SIZE) : rows;
        List<String> ids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        // Pager numbers items across pages; pad the pages before so numbers continue (7, 8 ...).
        for (int i = 0; i < page * Pager.PAGE_SIZE; i++) {
            lines.add("");
        }
        for (JobLine job : shown) {
            ids.add(String.valueOf(job.id()));
            lines.add(JobReplies.line(job));
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

    /**
     * One page and one row more; the worker's wished-for area, and the city where they work now
     * (its jobs first: 转岗换岗 on the spot), are looked up once per conversation.
     */
    private List<JobLine> search(DialogContext ctx, int page) {
        Map<String, String> data = ctx.state().getData();
        if (!data.containsKey("pref")) {
            Worker worker = lookup.of(ctx).orElse(null);
            WorkArea wish = worker == null ? null : worker.getIntendedArea();
            data.put("pref", wish == null ? "" : wish.name());
            data.put("city", worker == null ? "" : workplaces.currentCity(worker.getId()).orElse(""));
        }
        String pref = data.get("pref");
        Long minFen = data.containsKey("min") ? Long.parseLong(data.get("min")) * 100 : null;
        // The lines name no employer: the jobs alone, without the query for their employers.
        return search.lines(new JobQuery(data.get("q"), null, minFen, pref.isEmpty() ? null : WorkArea.valueOf(pref),
                        data.get("city")), page * Pager.PAGE_SIZE, Pager.PAGE_SIZE + 1);
    }

    private static List<String> words(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
