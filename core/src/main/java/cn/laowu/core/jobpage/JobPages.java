package cn.laowu.core.jobpage;

import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.support.RedisKeys;
import jakarta.annotation.PreDestroy;
import cn.laowu.core.support.Text;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * The public H5 pages of jobs: the random token each job's link carries (never its database id)
 * and how often pages were viewed. Views are plain counters in Redis, per job and per broker
 * whose link was followed: nobody who viewed is stored.
 */
@Service
public class JobPages {

    static final int TOKEN_LENGTH = 20;

    private final JobPageMapper pages;
    private final JobService jobs;
    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Clock clock;
    private static final long FLUSH_EVERY_MILLIS = 1_000;
    private final ConcurrentHashMap<String, AtomicLong> pending = new ConcurrentHashMap<>();
    private final ReentrantLock flushing = new ReentrantLock();
    private volatile long lastFlush;
    private final ExecutorService flusher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jobpage-views");
        thread.setDaemon(true);
        return thread;
    });

    public JobPages(JobPageMapper pages, JobService jobs, StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        this.pages = pages;
        this.jobs = jobs;
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    /** The job's token, made on first use; two instances making one at once agree on the first. */
    public String tokenOf(long jobId) {
        JobPage page = pages.selectById(jobId);
        if (page != null) {
            return page.getToken();
        }
        JobPage created = new JobPage();
        created.setJobId(jobId);
        created.setToken(Text.randomCode(TOKEN_LENGTH));
        created.setCreatedAt(LocalDateTime.now(clock));
        try {
            pages.insert(created);
            return created.getToken();
        } catch (DuplicateKeyException e) {
            return pages.selectById(jobId).getToken();
        }
    }

    /** Tokens of many jobs (a list page), making those missing. */
    public Map<Long, String> tokensOf(Collection<Long> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> found = new HashMap<>(pages.selectByIds(jobIds).stream()
                .collect(Collectors.toMap(JobPage::getJobId, JobPage::getToken)));
        for (Long id : jobIds) {
            found.computeIfAbsent(id, this::tokenOf);
        }
        return found;
    }

    /**
     * The job a token names (a page not yet cached): the token's unique key, then the job's primary
     * key; empty for anything malformed or unknown. The job is as stored: whether it may be shown is the caller's.
     */
    public Optional<Job> jobByToken(String token) {
        return jobOf(token).flatMap(jobs::find);
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == TOKEN_LENGTH && token.chars().allMatch(JobPages::tokenChar);
    }

    /** Only ASCII letters and digits: Text.randomCode's alphabet (Character.isLetterOrDigit takes 汉字 too). */
    private static boolean tokenChar(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The job a token names; empty for anything malformed or unknown. */
    public Optional<Long> jobOf(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(pages.selectOne(new LambdaQueryWrapper<JobPage>().eq(JobPage::getToken, token)))
                .map(JobPage::getJobId);
    }

    /**
     * One view of a job's page, through a broker's link or not. Counted in memory and added to
     * Redis about a second later by a thread of its own (or at once by a read, or at shutdown), so
     * a page view costs no round trip and no reader waits for the flush.
     */
    public void viewed(long jobId, Long brokerId) {
        pending.computeIfAbsent("j:" + jobId, k -> new AtomicLong()).incrementAndGet();
        if (brokerId != null) {
            pending.computeIfAbsent("b:" + brokerId, k -> new AtomicLong()).incrementAndGet();
            pending.computeIfAbsent("jb:" + jobId + ":" + brokerId, k -> new AtomicLong()).incrementAndGet();
        }
        long now = clock.millis();
        if (now - lastFlush >= FLUSH_EVERY_MILLIS && !flushing.isLocked()) {
            lastFlush = now;
            try {
                flusher.execute(() -> flush(false));
            } catch (RejectedExecutionException e) {
                // Shutting down: the last flush adds these views.
            }
        }
    }

    /** Adds the counts held here to Redis now (a read that must see every view so far). */
    public void flushViews() {
        flush(true);
    }

    @PreDestroy
    void shutdown() {
        flusher.shutdown();
        flush(true);
    }

    /** One flush at a time: the background one skips if another runs, a reader waits for it. */
    private void flush(boolean wait) {
        if (wait) {
            flushing.lock();
        } else if (!flushing.tryLock()) {
            return;
        }
        try {
            lastFlush = clock.millis();
            String key = keys.key("jobpage", "views");
            Map<String, Long> counts = new HashMap<>();
            for (String field : List.copyOf(pending.keySet())) {
                // Swapped to zero, not removed: a view counted meanwhile lands in this or the next flush.
                long count = pending.get(field).getAndSet(0);
                if (count > 0) {
                    counts.put(field, count);
                }
            }
            if (!counts.isEmpty()) {
                // One pipelined round trip for every job viewed this second.
                try {
                    redis.executePipelined((RedisCallback<Object>) connection -> {
                        byte[] hash = key.getBytes(StandardCharsets.UTF_8);
                        counts.forEach((field, count) -> connection.hashCommands()
                                .hIncrBy(hash, field.getBytes(StandardCharsets.UTF_8), count));
                        return null;
                    });
                } catch (RuntimeException e) {
                    // Redis away: the counts wait here for the next flush instead of being lost.
                    counts.forEach((field, count) -> pending.computeIfAbsent(field, k -> new AtomicLong()).addAndGet(count));
                    throw e;
                }
            }
        } finally {
            flushing.unlock();
        }
    }

    public long views(long jobId) {
        return count("j:" + jobId);
    }

    /** Views of every page opened through the broker's links. */
    public long brokerViews(long brokerId) {
        return count("b:" + brokerId);
    }

    /** Views through the broker's links, per job of those given. */
    public Map<Long, Long> brokerViews(long brokerId, List<Long> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        flushViews();
        List<Object> values = redis.opsForHash().multiGet(keys.key("jobpage", "views"),
                jobIds.stream().map(id -> (Object) ("jb:" + id + ":" + brokerId)).toList());
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < jobIds.size(); i++) {
            out.put(jobIds.get(i), values.get(i) == null ? 0L : Long.parseLong(values.get(i).toString()));
        }
        return out;
    }

    private long count(String field) {
        flushViews();
        Object value = redis.opsForHash().get(keys.key("jobpage", "views"), field);
        return value == null ? 0 : Long.parseLong(value.toString());
    }
}
