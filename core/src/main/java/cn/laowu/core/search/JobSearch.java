package cn.laowu.core.search;

import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobService.JobCard;
import cn.laowu.core.job.JobStatus;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.worker.WorkArea;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What workers see of the jobs: open ones, by keyword and wishes, and those near a service station. */
@Service
public class JobSearch {

    private final JobTermMapper terms;
    private final JobSearchIndex index;
    private final JobService jobs;
    private final Clock clock;

    public JobSearch(JobTermMapper terms, JobSearchIndex index, JobService jobs, Clock clock) {
        this.terms = terms;
        this.index = index;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Open jobs for a worker: keyword (title, industry, place, employer), optional filters, the
     * worker's wished-for area first, newest first within that. Each part is read newest-first
     * along an index (of the open jobs, or of the rarest keyword term), so a page costs about the
     * same with a hundred jobs or a hundred thousand.
     */
    public List<JobCard> search(JobQuery query, int offset, int limit) {
        return jobs.cards(find(query, source(query, false), offset, limit));
    }

    /**
     * The jobs {@link #search} finds as lines of a list: no employer, no columns the line does not
     * show (the chat's list, on every page turned).
     */
    public List<JobLine> lines(JobQuery query, int offset, int limit) {
        return find(query, source(query, true), offset, limit).stream()
                .map(job -> new JobLine(job.getId(), job.getTitle(), job.getWorkPlace(), job.getWageMinFen(),
                        job.getWageMaxFen(), job.placesLeft()))
                .toList();
    }

    private List<Job> find(JobQuery query, Source source, int offset, int limit) {
        int from = Math.max(0, offset);
        int size = Math.min(Math.max(1, limit), 50);
        if (query.preferredPlace() != null) {
            return placeFirst(query, source, from, size);
        }
        WorkArea preferred = query.area() == null ? query.preferredArea() : null;
        if (preferred == null) {
            return source.page(where(query), from, size);
        }
        List<Job> rows = new ArrayList<>(source.page(where(query).eq(Job::getWorkArea, preferred), from, size));
        if (rows.size() < size) {
            // The preferred jobs end on this page: where they end says where the others start.
            long preferredTotal = rows.isEmpty() && from > 0
                    ? source.count(where(query).eq(Job::getWorkArea, preferred)) : from + rows.size();
            long othersFrom = Math.max(0, from - preferredTotal);
            rows.addAll(source.page(where(query).ne(Job::getWorkArea, preferred), othersFrom, size - rows.size()));
        }
        return rows;
    }

    /**
     * The jobs whose work place names the worker's current city ("东莞") first, then the rest, paged
     * across both as the wished-for area is.
     */
    private List<Job> placeFirst(JobQuery query, Source source, int from, int size) {
        String place = query.preferredPlace();
        List<Job> rows = new ArrayList<>(source.page(where(query).like(Job::getWorkPlace, place), from, size));
        if (rows.size() < size) {
            long placeTotal = rows.isEmpty() && from > 0
                    ? source.count(where(query).like(Job::getWorkPlace, place)) : from + rows.size();
            rows.addAll(source.page(where(query).notLike(Job::getWorkPlace, place), Math.max(0, from - placeTotal),
                    size - rows.size()));
        }
        return rows;
    }

    /**
     * Where a search reads from: the open jobs newest first, or the jobs of one keyword term; whole
     * jobs, or the columns of a {@link JobLine} only.
     */
    private interface Source {
        List<Job> page(LambdaQueryWrapper<Job> where, long from, int size);

        long count(LambdaQueryWrapper<Job> where);
    }

    private Source source(JobQuery query, boolean linesOnly) {
        Optional<String> term = index.rarestTerm(words(query.keyword()));
        if (term.isEmpty()) {
            return new Source() {
                public List<Job> page(LambdaQueryWrapper<Job> where, long from, int size) {
                    where.orderByDesc(Job::getId).last(limit(from, size));
                    return linesOnly ? terms.openLines(where) : terms.open(where);
                }

                public long count(LambdaQueryWrapper<Job> where) {
                    return terms.countOpen(where);
                }
            };
        }
        return new Source() {
            public List<Job> page(LambdaQueryWrapper<Job> where, long from, int size) {
                where.last("ORDER BY t.job_id DESC " + limit(from, size));
                return linesOnly ? terms.searchLines(term.get(), where) : terms.search(term.get(), where);
            }

            public long count(LambdaQueryWrapper<Job> where) {
                return terms.countMatching(term.get(), where);
            }
        };
    }

    private static List<String> words(String keyword) {
        return keyword == null || keyword.isBlank() ? List.of() : List.of(keyword.trim().split("\\s+"));
    }

    /**
     * Open jobs an office of this region (or one below it) published, newest first, optionally
     * matching keywords: the public list page of a region.
     */
    public List<JobCard> searchOwnedBy(String ownerPath, String keyword, int offset, int limit) {
        JobQuery query = new JobQuery(keyword, null, null, null);
        return jobs.cards(source(query, false).page(where(query).likeRight(Job::getOwnerRegionPath, ownerPath),
                Math.max(0, offset), Math.min(Math.max(1, limit), 50)));
    }

    /** Open jobs an office published for work in its own county (县内/州内): jobs near its station. */
    public List<JobCard> localJobs(String officePath, int limit) {
        return jobs.cards(terms.open(where(JobQuery.any()).likeRight(Job::getOwnerRegionPath, officePath)
                .in(Job::getWorkArea, WorkArea.IN_COUNTY, WorkArea.IN_PREFECTURE)
                .orderByDesc(Job::getId).last(limit(0, Math.min(Math.max(1, limit), 20)))));
    }

    private LambdaQueryWrapper<Job> where(JobQuery query) {
        LambdaQueryWrapper<Job> where = new LambdaQueryWrapper<Job>()
                .eq(Job::getStatus, JobStatus.PUBLISHED)
                .and(w -> w.isNull(Job::getEndsOn).or().ge(Job::getEndsOn, today()));
        for (String word : words(query.keyword())) {
            where.like(Job::getSearchText, word);
        }
        where.eq(query.area() != null, Job::getWorkArea, query.area());
        where.ge(query.minWageFen() != null, Job::getWageMaxFen, query.minWageFen());
        return where;
    }

    private static String limit(long from, int size) {
        return "LIMIT " + from + ", " + size;
    }


    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
