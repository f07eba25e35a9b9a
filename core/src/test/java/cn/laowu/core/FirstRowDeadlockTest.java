package cn.laowu.core;

import cn.laowu.core.complaint.ComplaintDrafts;
import cn.laowu.core.outpost.DestinationDivision;
import cn.laowu.core.outpost.DestinationDivisions;
import cn.laowu.core.outpost.WorkplaceService;
import cn.laowu.core.outpost.WorkplaceSource;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault run (issue 26) saw "抱歉,系统出了点问题" where new followers began or filed complaints at the same
 * moment: a DELETE or UPDATE that matched nothing (a follower's first draft, a worker's first workplace)
 * locked the gap where the row would go, and two such transactions in one gap deadlocked on their INSERTs.
 * Here the interleaving is made on purpose: A writes a first row and stays open, B writes one in the same
 * gap, A writes another. Before, B waited on A's gap lock and A then on B's: a deadlock, one rolled back.
 */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class FirstRowDeadlockTest {

    @Autowired
    ComplaintDrafts drafts;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    DestinationDivisions divisions;
    @Autowired
    WorkerService workers;
    @Autowired
    RegionService regions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void newFollowersBeginTheirFirstComplaintsTogether() throws Exception {
        // Past every other test's openids: the three share the last gap of the (appid, openid) key.
        String prefix = "zzzz" + UUID.randomUUID().toString().substring(0, 8);
        interleave("complaint_draft", i -> drafts.begin("wxtest0000000001", prefix + i, "{}"));
    }

    @Test
    void newWorkersGetTheirFirstWorkplacesTogether() throws Exception {
        TestRegions.Chain chain = TestRegions.create(regions);
        // The newest workers: the three share the last gap of the (worker_id, is_current) key.
        List<Long> ids = List.of(newWorker(chain), newWorker(chain), newWorker(chain));
        DestinationDivision place = divisions.read("广东东莞").orElseThrow();
        interleave("worker_workplace", i -> workplaces.record(ids.get(i), place, "宏达电子厂", WorkplaceSource.COMPLAINT));
    }

    /** A: write 0, hold; B: write 1 (it may wait on A); A: write 2, commit. Neither may fail. */
    private void interleave(String table, Consumer<Integer> write) throws Exception {
        CountDownLatch firstWritten = new CountDownLatch(1);
        AtomicBoolean secondDone = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread a = new Thread(() -> {
            try {
                transactions.executeWithoutResult(status -> {
                    write.accept(0);
                    firstWritten.countDown();
                    await().atMost(Duration.ofSeconds(20)).until(() -> secondDone.get() || waiting(table));
                    write.accept(2);
                });
            } catch (Throwable e) {
                failed.compareAndSet(null, e);
            } finally {
                firstWritten.countDown();
            }
        });
        Thread b = new Thread(() -> {
            try {
                firstWritten.await(20, TimeUnit.SECONDS);
                transactions.executeWithoutResult(status -> write.accept(1));
            } catch (Throwable e) {
                failed.compareAndSet(null, e);
            } finally {
                secondDone.set(true);
            }
        });
        a.start();
        b.start();
        a.join(60_000);
        b.join(60_000);
        assertThat(failed.get()).as("a first row written beside another").isNull();
    }

    /** Whether a transaction writing this table waits for a lock (B behind A's gap lock). */
    private boolean waiting(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT' "
                + "AND trx_query LIKE ?", Long.class, "%" + table + "%") > 0;
    }

    private long newWorker(TestRegions.Chain chain) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return workers.register(new NewWorker("石先行", TestIds.bornIn(1960 + random.nextInt(45)),
                null, chain.village().getCode(), false)).getId();
    }
}
