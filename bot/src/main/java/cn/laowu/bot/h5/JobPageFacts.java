package cn.laowu.bot.h5;

import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobService.JobCard;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionService;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a job page shows besides the job's own row, shared by many jobs and changing rarely: the
 * employer, the organising office and its phone, the departures ahead. Kept {@code ttl} like the
 * pages themselves, so building a page not yet cached costs the job's row and nothing else.
 */
class JobPageFacts {

    record Office(String name, String phone) {
    }

    private record Timed<T>(T value, long at) {
    }

    private static final int MAX = 10_000;

    private final JobService jobs;
    private final RegionService regions;
    private final DispatchService dispatch;
    private final Clock clock;
    private final long ttlMillis;
    private final ConcurrentHashMap<Long, Timed<Employer>> employers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timed<Office>> offices = new ConcurrentHashMap<>();
    private volatile Timed<Map<Long, DispatchBatch>> departures;

    JobPageFacts(JobService jobs, RegionService regions, DispatchService dispatch, Clock clock, long ttlMillis) {
        this.jobs = jobs;
        this.regions = regions;
        this.dispatch = dispatch;
        this.clock = clock;
        this.ttlMillis = ttlMillis;
    }

    JobCard card(Job job) {
        Employer employer = fresh(employers, job.getEmployerId(), () -> jobs.cards(List.of(job)).get(0).employer());
        return new JobCard(job, employer);
    }

    Office office(String ownerPath) {
        return fresh(offices, ownerPath, () -> {
            List<Region> chain = regions.selfAndAncestors(ownerPath);
            String name = chain.isEmpty() ? "就业服务中心" : chain.get(0).getName()
                    + (chain.get(0).getLevel() == RegionLevel.TOWNSHIP ? "社会保障站" : "就业服务中心");
            String phone = chain.stream().map(Region::getOfficePhone).filter(p -> p != null && !p.isBlank())
                    .findFirst().orElse(null);
            return new Office(name, phone);
        });
    }

    /** One query for all jobs' departures ahead (a few batches), not one per page built. */
    Optional<DispatchBatch> nextDeparture(long jobId) {
        Timed<Map<Long, DispatchBatch>> known = departures;
        long now = clock.millis();
        if (known == null || now - known.at() >= ttlMillis) {
            known = new Timed<>(dispatch.nextDepartures(), now);
            departures = known;
        }
        return Optional.ofNullable(known.value().get(jobId));
    }

    private <K, V> V fresh(ConcurrentHashMap<K, Timed<V>> cache, K key, Supplier<V> load) {
        long now = clock.millis();
        Timed<V> known = cache.get(key);
        if (known != null && now - known.at() < ttlMillis) {
            return known.value();
        }
        V value = load.get();
        if (value != null) {
            if (cache.size() >= MAX) {
                cache.clear();
            }
            cache.put(key, new Timed<>(value, now));
        }
        return value;
    }
}
