package cn.laowu.bot.outbound;

import cn.laowu.bot.TestFollowers;
import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.TestFlows;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.DeliveryStatus;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.MessageKind;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A chat reply that overran the reply budget goes the one send path: through the outbox, on the
 * reply lane the senders take first, with the rate, quota handling and record of any delivery.
 */
class LateReplyTest extends PortalTestSupport {

    private static final String CS = "/message/custom/send";

    @Autowired
    LateReplies lateReplies;
    @Autowired
    Outbox outbox;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    RegionService regions;
    @Autowired
    ServiceWindow window;
    @Autowired
    SendRate rate;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLateReplyGoesThroughTheOutboxAheadOfABroadcastAlreadyQueuedAndIsRecorded() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String reader = newOpenid();
        long worker = follower(reader);
        window.opened(APPID, reader);
        // A broadcast of 1,000 rows: at 100 sends a second it is still draining when the reply is ready.
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < 1000; i++) {
                outbox.toWorker(worker, new Message("late-bc:" + tag + ":" + i, MessageKind.ANNOUNCEMENT, "通知",
                        "通知", null, "广播" + tag));
            }
        });

        String writer = newOpenid();
        long msgId = newMsgId();
        TestFlows.SLOW = new java.util.concurrent.CountDownLatch(1);
        try {
            assertThat(client().send(CallbackClient.text(ACCOUNT, writer, msgId, "慢一点"), false).isSuccess())
                    .as("answered 'success' within the budget").isTrue();
        } finally {
            TestFlows.SLOW.countDown();
        }
        RecordedCall reply = WECHAT.awaitCall(c -> c.isTo(CS) && c.body().contains(writer), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("the late reply never reached WeChat"));
        int cancelled = jdbc.update("UPDATE delivery SET status = 'CANCELLED' WHERE source LIKE ? AND status = 'QUEUED'",
                "late-bc:" + tag + ":%");

        assertThat(reply.body()).contains(TestFlows.SLOW_REPLY);
        assertThat(cancelled).as("broadcast rows queued before the reply, still waiting when it went").isPositive();
        Delivery recorded = awaitRow("reply:m" + msgId, d -> d.getStatus() == DeliveryStatus.SENT);
        assertThat(recorded.getKind()).isEqualTo(MessageKind.REPLY);
        assertThat(recorded.getChannel()).isEqualTo(OutboxSender.CUSTOMER_SERVICE);
        assertThat(recorded.getOpenid()).isEqualTo(writer);
        assertThat(recorded.getAttempts()).isEqualTo(1);

        // WeChat's retry is answered "success" and queues nothing more.
        assertThat(client().send(CallbackClient.text(ACCOUNT, writer, msgId, "慢一点"), false).isSuccess()).isTrue();
        assertThat(outbox.ofSource("reply:m" + msgId)).hasSize(1);
        assertThat(WECHAT.callsTo(CS).stream().filter(c -> c.body().contains(writer))).hasSize(1);
    }

    @Test
    void aLateReplyIsSentWithinMillisecondsOfBeingQueuedIdleOrBehindABroadcast() {
        List<Long> idle = latencies(20);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String reader = newOpenid();
        long worker = follower(reader);
        window.opened(APPID, reader);
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < 600; i++) {
                outbox.toWorker(worker, new Message("lat-bc:" + tag + ":" + i, MessageKind.ANNOUNCEMENT, "通知",
                        "通知", null, "广播" + tag));
            }
        });
        List<Long> loaded;
        try {
            loaded = latencies(10);
        } finally {
            jdbc.update("UPDATE delivery SET status = 'CANCELLED' WHERE source LIKE ? AND status = 'QUEUED'",
                    "lat-bc:" + tag + ":%");
        }
        System.out.printf("Late reply, queued to sent (ms): idle median %d max %d %s; behind a broadcast median %d max %d %s%n",
                median(idle), max(idle), idle, median(loaded), max(loaded), loaded);
        // Woken on enqueue, not found at the next poll; behind a broadcast, within the rate's next second.
        assertThat(median(idle)).isLessThan(500);
        assertThat(median(loaded)).isLessThan(1500);
    }

    @Test
    void aSpentQuotaOnALateReplyPausesTheAccountLikeAnyDelivery() {
        String openid = newOpenid();
        String delivery = "m" + newMsgId();
        WECHAT.failFor(openid, CS, 45009);
        try {
            assertThat(lateReplies.send(APPID, openid, delivery, "晚到的回复")).isTrue();
            Delivery paused = awaitRow("reply:" + delivery,
                    d -> d.getStatus() == DeliveryStatus.QUEUED && d.getErrorCode() != null);
            assertThat(paused.getErrorCode()).isEqualTo(45009);
            assertThat(rate.pausedFor(APPID)).isPositive();
            assertThat(paused.getNextAttemptAt()).isAfter(paused.getCreatedAt().plusMinutes(1));
        } finally {
            WECHAT.clearFailuresFor(openid);
            redis.delete(redis.keys("*paused*" + APPID));
        }
    }

    @Test
    void aTransientFaultOnALateReplyIsRetriedAndTheReplyStillGoes() {
        String openid = newOpenid();
        String delivery = "m" + newMsgId();
        WECHAT.failFor(openid, CS, -1);
        try {
            lateReplies.send(APPID, openid, delivery, "晚到的回复");
            Delivery retried = awaitRow("reply:" + delivery,
                    d -> d.getStatus() == DeliveryStatus.QUEUED && d.getErrorCode() != null);
            assertThat(retried.getErrorCode()).isEqualTo(-1);
            assertThat(retried.getAttempts()).isEqualTo(1);
        } finally {
            WECHAT.clearFailuresFor(openid);
        }
        // Due again after the backoff (5 s): brought forward here rather than waited for.
        jdbc.update("UPDATE delivery SET next_attempt_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE source = ?",
                "reply:" + delivery);
        Delivery sent = awaitRow("reply:" + delivery, d -> d.getStatus() == DeliveryStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
    }

    private List<Long> latencies(int count) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String openid = newOpenid();
            Instant queued = Instant.now();
            lateReplies.send(APPID, openid, "m" + newMsgId(), "回复" + i);
            RecordedCall call = WECHAT.awaitCall(c -> c.isTo(CS) && c.body().contains(openid), Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("a late reply never went"));
            millis.add(Duration.between(queued, call.at()).toMillis());
        }
        return millis;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private Delivery awaitRow(String source, java.util.function.Predicate<Delivery> done) {
        return TestFollowers.awaitRow(outbox, source, done);
    }

    private long follower(String openid) {
        return TestFollowers.registered(regions, workers, followers, APPID, openid, "回复");
    }
}
