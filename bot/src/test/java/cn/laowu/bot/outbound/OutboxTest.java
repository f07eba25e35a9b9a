package cn.laowu.bot.outbound;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.DeliveryStatus;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.MessageKind;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against the fake WeChat API: queued with the change, once; the channel WeChat allows
 * (customer-service while the follower's 48-hour window is open, else the service-notification
 * template); each error code handled as WECHAT.md says; the finish event closes the delivery.
 */
class OutboxTest extends PortalTestSupport {


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
    cn.laowu.core.support.RedisKeys keys;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Region village;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        String p = String.format("6%03d00", n);
        regions.create(p, "发送州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "发送县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "发送镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "发送村" + n, township.getCode(), 0);
    }

    @Test
    void aFollowerWhoWroteLatelyGetsACustomerServiceMessageOnceHoweverOftenItIsQueued() {
        String openid = newOpenid();
        long worker = follower(openid);
        say(openid, "你好");
        String source = "test:" + openid;
        assertThat(queue(worker, source)).isEqualTo(1);
        assertThat(queue(worker, source)).as("the same message for the same follower, again").isZero();

        Delivery sent = awaitStatus(source, DeliveryStatus.SENT);
        assertThat(sent.getChannel()).isEqualTo(OutboxSender.CUSTOMER_SERVICE);
        assertThat(WECHAT.callsTo("/message/custom/send").stream().filter(c -> c.body().contains(openid)
                && c.body().contains("正文" + source)).count()).isEqualTo(1);
    }

    @Test
    void aFollowerSilentForTwoDaysGetsTheServiceNotificationAndTheFinishEventClosesIt() {
        String openid = newOpenid();
        long worker = follower(openid);
        String source = "test:" + openid;
        queue(worker, source);
        Delivery sent = awaitStatus(source, DeliveryStatus.SENT);
        assertThat(sent.getChannel()).isEqualTo(OutboxSender.TEMPLATE);
        RecordedCall template = WECHAT.callsTo("/message/template/send").stream()
                .filter(c -> c.body().contains(openid)).findFirst().orElseThrow();
        assertThat(template.body()).contains("test-notice-template").contains("事项" + source.substring(0, 8))
                .contains("d" + sent.getId());
        assertThat(WECHAT.callsTo("/message/custom/send").stream().noneMatch(c -> c.body().contains(openid))).isTrue();

        CallbackClient.Response finished = client().send(finishEvent(openid, sent.getWxMsgId(), "failed:user block"), false);
        assertThat(finished.status()).isEqualTo(200);
        assertThat(outbox.ofSource(source).get(0).getStatus()).isEqualTo(DeliveryStatus.BLOCKED);
    }

    @Test
    void aClosedWindowFallsBackToTheTemplateAndSystemBusyIsRetried() {
        String openid = newOpenid();
        long worker = follower(openid);
        window.opened(APPID, openid);
        WECHAT.failNext("/message/custom/send", 45015, 1);
        String closed = "closed:" + openid;
        queue(worker, closed);
        assertThat(awaitStatus(closed, DeliveryStatus.SENT).getChannel()).isEqualTo(OutboxSender.TEMPLATE);

        WECHAT.failNext("/message/template/send", -1, 1);
        String busy = "busy:" + openid;
        queue(worker, busy);
        Delivery retried = awaitRow(busy, d -> d.getStatus() == DeliveryStatus.QUEUED && d.getErrorCode() != null);
        assertThat(retried.getErrorCode()).isEqualTo(-1);
        assertThat(retried.getAttempts()).isEqualTo(1);
        assertThat(retried.getNextAttemptAt()).isAfter(retried.getCreatedAt());
    }

    @Test
    void anUnsubscribedFollowerIsRecordedAndNotTriedAgain() {
        String openid = newOpenid();
        long worker = follower(openid);
        WECHAT.failNext("/message/template/send", 43004, 1);
        String source = "gone:" + openid;
        queue(worker, source);
        Delivery failed = awaitStatus(source, DeliveryStatus.FAILED);
        assertThat(failed.getErrorCode()).isEqualTo(43004);
        assertThat(followers.find(APPID, openid).orElseThrow().getSubscribed()).isFalse();
        assertThat(queue(worker, "later:" + openid)).as("an unsubscribed follower is not queued any more").isZero();
    }

    @Test
    void aSpentDailyQuotaPausesTheAccountInsteadOfBurningRetries() {
        String openid = newOpenid();
        long worker = follower(openid);
        WECHAT.failNext("/message/template/send", 45009, 1);
        String source = "quota:" + openid;
        try {
            queue(worker, source);
            Delivery paused = awaitRow(source, d -> d.getStatus() == DeliveryStatus.QUEUED && d.getErrorCode() != null);
            assertThat(paused.getErrorCode()).isEqualTo(45009);
            assertThat(rate.pausedFor(APPID)).isPositive();
            assertThat(paused.getNextAttemptAt()).isAfter(paused.getCreatedAt().plusMinutes(1));
        } finally {
            redis.delete(redis.keys("*paused*" + APPID));
        }
    }

    @Test
    void aWorkerWhoFollowsNoAccountIsNotQueuedAndAQueueOutsideATransactionIsRefused() {
        Worker offline = workers.register(new NewWorker("田无号", randomIdNumber(), null, village.getCode(), false));
        assertThat(queue(offline.getId(), "nobody:" + offline.getId())).isZero();
        assertThatThrownBy(() -> outbox.toWorker(offline.getId(), message("outside")))
                .hasMessageContaining("transaction");
    }

    @Test
    void theWindowSurvivesAnEmptyRedisAndAWindowNobodyKnowsIsTriedBeforeGivingUp() {
        String wrote = newOpenid();
        long writer = follower(wrote);
        say(wrote, "你好");
        // Recorded once the reply is given (the window's Redis key first, then the database).
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT last_inbound_at FROM wx_follower WHERE appid = ? AND openid = ?", java.time.LocalDateTime.class,
                APPID, wrote)).as("recorded durably").isNotNull());
        redis.delete(keys.key("window", APPID, wrote));
        String job = "job:" + wrote;
        transaction.execute(status -> outbox.toWorker(writer, new Message(job, MessageKind.JOB_NOTICE, "新岗位", "招聘中",
                null, "正文" + job)));
        assertThat(awaitStatus(job, DeliveryStatus.SENT).getChannel()).as("not opted in, but wrote minutes ago")
                .isEqualTo(OutboxSender.CUSTOMER_SERVICE);
        String news = "news:" + wrote;
        transaction.execute(status -> outbox.toWorker(writer, new Message(news, MessageKind.ANNOUNCEMENT, "通知", "通知",
                null, "正文" + news)));
        assertThat(awaitStatus(news, DeliveryStatus.SENT).getChannel()).as("no mass send, no quota used")
                .isEqualTo(OutboxSender.CUSTOMER_SERVICE);

        String longAgo = newOpenid();
        long silent = follower(longAgo);
        jdbc.update("UPDATE wx_follower SET last_inbound_at = ? WHERE appid = ? AND openid = ?",
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(3), APPID, longAgo);
        String old = "job:" + longAgo;
        transaction.execute(status -> outbox.toWorker(silent, new Message(old, MessageKind.JOB_NOTICE, "新岗位", "招聘中",
                null, "正文" + old)));
        assertThat(awaitStatus(old, DeliveryStatus.FAILED).getErrorCode()).isEqualTo(43101);
        assertThat(WECHAT.callsTo("/message/custom/send").stream().noneMatch(c -> c.body().contains(longAgo)))
                .as("known closed: not tried").isTrue();

        String unknown = newOpenid();
        long stranger = follower(unknown);
        WECHAT.failFor(unknown, "/message/custom/send", 45015);
        try {
            String tried = "job:" + unknown;
            transaction.execute(status -> outbox.toWorker(stranger, new Message(tried, MessageKind.JOB_NOTICE, "新岗位",
                    "招聘中", null, "正文" + tried)));
            assertThat(awaitStatus(tried, DeliveryStatus.FAILED).getErrorCode()).isEqualTo(43101);
            assertThat(WECHAT.callsTo("/message/custom/send").stream().filter(c -> c.body().contains(unknown)).count())
                    .as("tried once before giving up").isEqualTo(1);
        } finally {
            WECHAT.clearFailuresFor(unknown);
        }
    }

    private int queue(long workerId, String source) {
        return transaction.execute(status -> outbox.toWorker(workerId, message(source)));
    }

    private static Message message(String source) {
        return Message.single(source, "事项" + source, "已办结", null, "正文" + source);
    }

    private long follower(String openid) {
        followers.subscribed(APPID, openid, null);
        Worker worker = workers.register(new NewWorker("石发送", randomIdNumber(), "13900001111", village.getCode(), false));
        followers.bindWorker(APPID, openid, worker.getId());
        return worker.getId();
    }

    private Delivery awaitStatus(String source, DeliveryStatus status) {
        return awaitRow(source, d -> d.getStatus() == status);
    }

    private Delivery awaitRow(String source, java.util.function.Predicate<Delivery> done) {
        return await("delivery " + source).atMost(Duration.ofSeconds(15)).until(() -> outbox.ofSource(source).stream()
                .findFirst().orElse(null), row -> row != null && done.test(row));
    }

    private static String finishEvent(String openid, String msgId, String status) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + System.currentTimeMillis() / 1000
                + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event>"
                + "<MsgID>" + msgId + "</MsgID><Status><![CDATA[" + status + "]]></Status></xml>";
    }


    @Test
    void aUsedUpWindowFallsBackAndPermanentRefusalsAreNotRetried() {
        String openid = newOpenid();
        long worker = follower(openid);
        window.opened(APPID, openid);
        WECHAT.failFor(openid, "/message/custom/send", 45047);
        try {
            String used = "used:" + openid;
            queue(worker, used);
            assertThat(awaitStatus(used, DeliveryStatus.SENT).getChannel()).isEqualTo(OutboxSender.TEMPLATE);
        } finally {
            WECHAT.clearFailuresFor(openid);
        }
        for (int code : new int[]{40003, 47003}) {
            WECHAT.failFor(openid, "/message/template/send", code);
            try {
                String refused = "refused" + code + ":" + openid;
                queue(worker, refused);
                Delivery failed = awaitStatus(refused, DeliveryStatus.FAILED);
                assertThat(failed.getErrorCode()).isEqualTo(code);
                assertThat(failed.getAttempts()).as("not retried").isEqualTo(1);
            } finally {
                WECHAT.clearFailuresFor(openid);
            }
        }
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheMessageStillGoes() {
        String openid = newOpenid();
        long worker = follower(openid);
        long tokensBefore = WECHAT.tokensIssued();
        WECHAT.revokeTokens();
        String source = "token:" + openid;
        queue(worker, source);
        Delivery sent = awaitStatus(source, DeliveryStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(WECHAT.tokensIssued()).isGreaterThan(tokensBefore);
    }
}
