package cn.laowu.bot;

import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkerService;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Followers and deliveries as the outbox tests need them. */
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
