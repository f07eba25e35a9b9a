package cn.laowu.bot;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;

import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Followers, workers, jobs and deliveries as the chat and outbox tests need them. */
public final class TestFollowers {

    private TestFollowers() {
    }

    /** A worker in a region tree of its own ("6nnn00" …), bound to this follower of the account. */
    public static long registered(RegionService regions, WorkerService workers, FollowerService followers, String appid,
                                  String openid, String label) {
        int n = PortalTestSupport.nextRegionNumber();
        String p = String.format("6%03d00", n);
        regions.create(p, label + "州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", label + "县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", label + "镇" + n, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", label + "村" + n, township.getCode(), 0);
        followers.subscribed(appid, openid, null);
        long worker = workers.register(new NewWorker("石" + label, PortalTestSupport.randomIdNumber(), null,
                village.getCode(), false)).getId();
        followers.bindWorker(appid, openid, worker);
        return worker;
    }

    /** A registered worker of {@code villageCode}, bound to this follower of the account. */
    public static Worker bound(WorkerService workers, FollowerService followers, String appid, String openid, String name,
                               String phone, String villageCode, boolean poverty) {
        Worker worker = workers.register(new NewWorker(name, PortalTestSupport.randomIdNumber(), phone, villageCode, poverty));
        followers.subscribed(appid, openid, null);
        followers.bindWorker(appid, openid, worker.getId());
        return worker;
    }

    /** A published 包装工 job in 浙江宁波 (4,500–5,500 元, 5 places) of a vetted employer of this name. */
    public static Job packingJob(JobService jobs, Actor clerk, RegionScope scope, String employerName) {
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer(employerName, "浙江宁波", null, null)).getId(), "已考察");
        return jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "包装工", "物流", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 450_000, 550_000, null, null, null, null, null,
                null, 5, false, null)).getId());
    }

    /** The first delivery of {@code source} once {@code done} holds for it (15 s at most). */
    public static Delivery awaitRow(Outbox outbox, String source, Predicate<Delivery> done) {
        AtomicReference<Delivery> row = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> {
            List<Delivery> rows = outbox.ofSource(source);
            row.set(rows.isEmpty() ? null : rows.get(0));
            return row.get() != null && done.test(row.get());
        });
        return row.get();
    }
}
