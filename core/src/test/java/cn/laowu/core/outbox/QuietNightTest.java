package cn.laowu.core.outbox;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** In quiet hours (here: all day) broadcasts wait in the outbox while a worker's own notices still go. */
@SpringBootTest(properties = {"laowu.outbox.quiet-from=00:00", "laowu.outbox.quiet-until=23:59:59"})
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class QuietNightTest {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxClaims claims;
    @Autowired
    OutboxSettlement settlement;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    RegionService regions;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void nothingBulkIsClaimedAtNight() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TestRegions.Chain chain = TestRegions.create(regions);
        long worker = TestIds.register(workers, "夜班工", null, chain.village().getCode(), false).getId();
        followers.subscribed("wxtest0000000001", "o" + tag, null);
        followers.bindWorker("wxtest0000000001", "o" + tag, worker);
        transaction.executeWithoutResult(s -> {
            outbox.toWorker(worker, new Message("night-bulk:" + tag, MessageKind.JOB_NOTICE, "s", "t", null, "b"));
            outbox.toWorker(worker, Message.single("night-single:" + tag, "s", "t", null, "b"));
        });
        List<Delivery> claimed = claims.claim("night", 1000, Duration.ofMinutes(1));
        assertThat(claimed).anyMatch(d -> d.getSource().equals("night-single:" + tag));
        assertThat(claimed).noneMatch(d -> d.getKind().bulk());
        assertThat(outbox.ofSource("night-bulk:" + tag).get(0).getStatus()).isEqualTo(DeliveryStatus.QUEUED);
        claimed.forEach(d -> settlement.sent(d, "CS", null));
    }
}
