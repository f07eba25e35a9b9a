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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Claiming from the outbox on real MariaDB: instances never share a row, and a dead instance's rows come back. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class OutboxClaimTest {

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
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutcomeListener listener;

    @Test
    void fourInstancesClaimingAtOnceNeverGetTheSameRowAndSinglesGoBeforeBulk() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long worker = follower("o" + tag);
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < 60; i++) {
                outbox.toWorker(worker, new Message("bulk:" + tag + ":" + i, MessageKind.JOB_NOTICE, "s", "t", null, "b"));
            }
            for (int i = 0; i < 60; i++) {
                outbox.toWorker(worker, Message.single("single:" + tag + ":" + i, "s", "t", null, "b"));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Delivery>>> taken = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String owner = "instance-" + i;
            taken.add(pool.submit((Callable<List<Delivery>>) () -> claims.claim(owner, 10, Duration.ofMinutes(1))));
        }
        Set<Long> seen = new HashSet<>();
        List<Delivery> all = new ArrayList<>();
        for (Future<List<Delivery>> claim : taken) {
            for (Delivery d : claim.get()) {
                assertThat(seen.add(d.getId())).as("row %s claimed twice", d.getId()).isTrue();
                all.add(d);
            }
        }
        pool.shutdown();
        List<Delivery> ours = all.stream().filter(d -> d.getSource().contains(tag)).toList();
        assertThat(ours).isNotEmpty().allMatch(d -> d.getSource().startsWith("single:"));
        all.forEach(d -> settlement.sent(d, "CS", null));
    }

    @Test
    void aDeadInstancesRowsAreClaimedAgainWhenTheLeaseEndsAndItsLateAnswerChangesNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long worker = follower("o" + tag);
        String source = "lease:" + tag;
        transaction.executeWithoutResult(s -> outbox.toWorker(worker, Message.single(source, "s", "t", null, "b")));
        Delivery first = claimOwn("dead", source, Duration.ofSeconds(1));
        assertThat(claims.claim("other", 100, Duration.ofMinutes(1))).noneMatch(d -> d.getSource().equals(source));
        leaseRunsOut(source);
        Delivery again = claimOwn("alive", source, Duration.ofMinutes(1));
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getAttempts()).isEqualTo(2);

        settlement.failed(first, -1);
        assertThat(outbox.ofSource(source).get(0).getStatus()).as("the dead instance's late answer").isEqualTo(DeliveryStatus.SENDING);
        settlement.sent(again, "TEMPLATE", "42");
        assertThat(outbox.ofSource(source).get(0).getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(settlement.finished("wxother000000001", "42", "success")).as("another account's message id").isFalse();
    }

    @Test
    void acceptedRowsAreRecordedInOneStatementExceptOneWhoseLeaseAnotherInstanceTookOver() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long worker = follower("o" + tag);
        String late = "late:" + tag;
        transaction.executeWithoutResult(s -> outbox.toWorker(worker, Message.single(late, "s", "t", null, "b")));
        Delivery lateOne = claimOwn("a", late, Duration.ofSeconds(1));
        transaction.executeWithoutResult(s -> {
            outbox.toWorker(worker, Message.single("cs:" + tag, "s", "t", null, "b"));
            outbox.toWorker(worker, Message.single("template:" + tag, "s", "t", null, "b"));
        });
        Map<String, Delivery> both = claimOwn("a", Set.of("cs:" + tag, "template:" + tag), Duration.ofMinutes(1));
        Delivery chat = both.get("cs:" + tag);
        Delivery template = both.get("template:" + tag);
        leaseRunsOut(late);
        claimOwn("b", late, Duration.ofMinutes(1));
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        listener.outcomes = outcomes;

        int settled = settlement.sent(List.of(new OutboxSettlement.Accepted(chat, "CS", null),
                new OutboxSettlement.Accepted(template, "TEMPLATE", "4711"), new OutboxSettlement.Accepted(lateOne, "CS", null)));
        listener.outcomes = null;

        assertThat(settled).isEqualTo(2);
        Delivery chatRow = outbox.ofSource("cs:" + tag).get(0);
        assertThat(chatRow.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(chatRow.getChannel()).isEqualTo("CS");
        assertThat(chatRow.getWxMsgId()).isNull();
        assertThat(chatRow.getLeaseUntil()).isNull();
        Delivery templateRow = outbox.ofSource("template:" + tag).get(0);
        assertThat(templateRow.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(templateRow.getChannel()).isEqualTo("TEMPLATE");
        assertThat(templateRow.getWxMsgId()).isEqualTo("4711");
        Delivery lateRow = outbox.ofSource(late).get(0);
        assertThat(lateRow.getStatus()).as("taken over by b: a's record changes nothing").isEqualTo(DeliveryStatus.SENDING);
        assertThat(lateRow.getLeasedBy()).isEqualTo("b");
        assertThat(outcomes).extracting(DeliveryOutcome::source).containsExactly("cs:" + tag, "template:" + tag);
        assertThat(settlement.finished("wxtest0000000001", "4711", "success")).isTrue();
    }

    @Test
    void aLateChatReplyIsQueuedOnceAndClaimedBeforeEveryNoticeAndBroadcast() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long worker = follower("o" + tag);
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                outbox.toWorker(worker, new Message("bulk:" + tag + ":" + i, MessageKind.ANNOUNCEMENT, "s", "t", null, "b"));
                outbox.toWorker(worker, Message.single("single:" + tag + ":" + i, "s", "t", null, "b"));
            }
        });
        assertThat(outbox.lateReply("wxtest0000000001", "o" + tag, "m" + tag, "慢回复")).isTrue();
        assertThat(outbox.lateReply("wxtest0000000001", "o" + tag, "m" + tag, "慢回复")).as("a retried turn").isFalse();

        Delivery first = claims.claim("lane", 1, Duration.ofMinutes(1)).get(0);
        assertThat(first.getKind()).isEqualTo(MessageKind.REPLY);
        assertThat(first.getSource()).isEqualTo("reply:m" + tag);
        assertThat(first.getBody()).isEqualTo("慢回复");
        assertThat(first.getWorkerId()).isNull();
        settlement.sent(first, "CS", null);
        assertThat(outbox.ofSource("reply:m" + tag).get(0).getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(claims.claimReplies("lane", 10, Duration.ofMinutes(1))).as("only the reply lane").isEmpty();
    }

    /** Catches the outcomes the outbox reports while a test wants them. */
    @TestConfiguration
    static class Outcomes {
        @Bean
        OutcomeListener outcomeListener() {
            return new OutcomeListener();
        }
    }

    static class OutcomeListener {
        volatile List<DeliveryOutcome> outcomes;

        @EventListener
        void on(DeliveryOutcome outcome) {
            List<DeliveryOutcome> into = outcomes;
            if (into != null && outcome.source() != null && !outcome.source().startsWith("single:")
                    && !outcome.source().startsWith("bulk:")) {
                into.add(outcome);
            }
        }
    }

    private Map<String, Delivery> claimOwn(String owner, Set<String> sources, Duration lease) {
        Map<String, Delivery> ours = new HashMap<>();
        for (int round = 0; round < 50 && ours.size() < sources.size(); round++) {
            for (Delivery d : claims.claim(owner, 100, lease)) {
                if (sources.contains(d.getSource())) {
                    ours.put(d.getSource(), d);
                } else {
                    settlement.sent(d, "CS", null);
                }
            }
        }
        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(sources);
        return ours;
    }

    private Delivery claimOwn(String owner, String source, Duration lease) {
        // Other tests' rows may be due too: claim until ours turns up, and let the others go.
        for (int round = 0; round < 50; round++) {
            for (Delivery d : claims.claim(owner, 100, lease)) {
                if (d.getSource().equals(source)) {
                    return d;
                }
                settlement.sent(d, "CS", null);
            }
        }
        throw new AssertionError("never claimed " + source);
    }

    private long follower(String openid) {
        TestRegions.Chain chain = TestRegions.create(regions);
        long worker = TestIds.register(workers, "龙发送", null, chain.village().getCode(), false).getId();
        followers.subscribed("wxtest0000000001", openid, null);
        followers.bindWorker("wxtest0000000001", openid, worker);
        return worker;
    }

    /** The instance holding the source's row died long enough ago for its lease to have ended. */
    private void leaseRunsOut(String source) {
        assertThat(jdbc.update("UPDATE delivery SET lease_until = lease_until - INTERVAL 1 HOUR WHERE source = ? "
                + "AND status = 'SENDING'", source)).isEqualTo(1);
    }
}
