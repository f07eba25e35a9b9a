package cn.laowu.core.search;

import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobCreated;
import cn.laowu.core.job.JobEdited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keyword index of jobs: every two-character run of a job's search text. A keyword search
 * starts from the rarest run of the words asked for, so "挖掘机" with no such job answers at once
 * and "电子厂" reads a few rows past the newest matches, however many jobs there are.
 */
@Component
public class JobSearchIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JobSearchIndex.class);
    /**
     * Counting stops here: past it a term is common. High enough to tell 子厂 (one job in twelve)
     * from 电子 (in every job of an employer named 电子): at 2,000 both were "common", the first won,
     * and a page read twelve times the rows it showed. Counts are kept a minute, so counting far is cheap.
     */
    private static final int COUNT_CAP = 20_000;
    /**
     * How long a term's count is believed. The count only chooses where a search starts (every
     * term of the words is matched anyway), so a stale one costs speed, never a result; counting
     * afresh cost two to four queries a keyword turn, and again on every page of it.
     */
    static final long COUNT_TTL_NANOS = 60_000_000_000L;
    private static final int COUNTS_KEPT_AT_MOST = 20_000;

    private final JobTermMapper terms;
    private final Map<String, Counted> counts = new ConcurrentHashMap<>();

    private record Counted(int count, long at) {
    }

    public JobSearchIndex(JobTermMapper terms) {
        this.terms = terms;
    }

    /** In the transaction that created the job: a job is searchable once it exists. */
    @EventListener
    void index(JobCreated created) {
        insert(List.of(created.job()));
    }

    /** An edited job is found by its new words, and no longer by the old ones. */
    @EventListener
    void reindex(JobEdited edited) {
        terms.deleteOf(edited.job().getId());
        insert(List.of(edited.job()));
    }

    /** Indexes jobs that are not yet: after an upgrade, or jobs loaded straight into the database. */
    public int backfill() {
        int done = 0;
        long after = 0;
        List<Job> batch;
        while (!(batch = terms.unindexed(after, 500)).isEmpty()) {
            insert(batch);
            done += batch.size();
            after = batch.get(batch.size() - 1).getId();
        }
        return done;
    }

    private void insert(List<Job> jobs) {
        List<JobTermMapper.Term> rows = new ArrayList<>();
        for (Job job : jobs) {
            pairs(job.getSearchText()).forEach(term -> rows.add(new JobTermMapper.Term(term, job.getId())));
        }
        if (!rows.isEmpty()) {
            terms.insert(rows);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        int done = backfill();
        if (done > 0) {
            log.info("Indexed {} job(s) for keyword search", done);
        }
    }

    /**
     * The rarest pair of characters of the words, if every word has two or more characters (a
     * one-character word has no pair; such a search reads the open jobs instead).
     */
    public Optional<String> rarestTerm(List<String> words) {
        if (words.isEmpty() || words.stream().anyMatch(w -> w.codePointCount(0, w.length()) < 2)) {
            return Optional.empty();
        }
        Set<String> candidates = new LinkedHashSet<>();
        words.forEach(word -> candidates.addAll(pairs(word)));
        // One count query per pair: a bounded keyword keeps this bounded even if a caller forgot to clean it.
        return candidates.stream().limit(JobQuery.MAX_KEYWORD_CHARS).min(Comparator.comparingInt(this::count));
    }

    /** The term's count (up to the cap), from the last minute's if there is one. */
    private int count(String term) {
        long now = System.nanoTime();
        Counted known = counts.get(term);
        if (known != null && now - known.at() < COUNT_TTL_NANOS) {
            return known.count();
        }
        int count = terms.count(term, COUNT_CAP);
        if (counts.size() >= COUNTS_KEPT_AT_MOST) {
            counts.clear(); // typed words are unbounded: forget them all rather than grow
        }
        counts.put(term, new Counted(count, now));
        return count;
    }

    /** Consecutive two-character runs within each whitespace-separated part, lower-cased. */
    static Set<String> pairs(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (String part : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            int[] points = part.codePoints().toArray();
            for (int i = 0; i + 1 < points.length; i++) {
                out.add(new String(points, i, 2));
            }
        }
        return out;
    }
}
