package cn.laowu.bot.outbound;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broadcast.Broadcast;
import cn.laowu.core.broadcast.BroadcastKind;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.broadcast.Registered;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.DeliveryStatus;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import cn.laowu.devkit.fakewechat.WeChatChannel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broadcasts through WeChat's channels, against the fake API: a job notice goes by customer-service
 * message to who wrote lately, by subscription notice to who accepted it in WeChat's pop-up, and to
 * nobody else; an announcement goes as one mass send, closed by MASSSENDJOBFINISH; 退订 takes a
 * worker out of the next audience.
 */
class BroadcastSendTest extends PortalTestSupport {


    @Autowired
    BroadcastService broadcasts;
    @Autowired
    Outbox outbox;
    @Autowired
    cn.laowu.core.outbox.OutboxClaims claims;
    @Autowired
    cn.laowu.core.outbox.OutboxSettlement settlement;
    @Autowired
    JobService jobs;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    RegionService regions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    OutboxSender sender;
    @Autowired
    SendRate rate;
    @Autowired
    StringRedisTemplate redis;

    private Region county;
    private Region village;
    private RegionScope scope;
    private Actor clerk;

    @BeforeEach
    void region() {
        WECHAT.countPerOpenid(true);
        int n = nextRegionNumber();
        String p = String.format("7%03d00", n);
        regions.create(p, "推送州" + n, null, 0);
        county = regions.create(p.substring(0, 4) + "01", "推送县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "推送镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "推送村" + n, township.getCode(), 0);
        scope = RegionScope.of(county);
        clerk = new Actor("clerk" + n, county.getPath(), null);
    }

    @Test
    void aJobNoticeGoesByTheChannelEachWorkerAllowsAndToNobodyElse() {
        String chatting = worker();
        String accepted = worker();
        String silent = worker();
        say(chatting, "菜单");
        CallbackClientEvent.popup(this, accepted, "test-job-template", "accept");

        // Never wrote, so no window is known: tried by customer-service message first, which WeChat refuses.
        WECHAT.failFor(silent, "/message/custom/send", 45015);
        Broadcast b = broadcasts.create(clerk, scope, jobNotice(publishedJob()));
        broadcasts.queueDue();
        Map<String, Delivery> byOpenid = await(b, 3);
        WECHAT.clearFailuresFor(silent);
        assertThat(byOpenid.get(chatting).getChannel()).isEqualTo(OutboxSender.CUSTOMER_SERVICE);
        assertThat(byOpenid.get(accepted).getChannel()).isEqualTo(OutboxSender.SUBSCRIPTION);
        assertThat(byOpenid.get(silent).getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(byOpenid.get(silent).getErrorCode()).isEqualTo(43101);
        assertThat(WECHAT.receivedBy(accepted, WeChatChannel.SUBSCRIPTION)).isEqualTo(1);
        assertThat(WECHAT.receivedBy(silent)).as("recruitment never goes by template").isZero();
        BroadcastService.Progress progress = broadcasts.progress(scope, b.getId());
        assertThat(progress.sent() + progress.delivered()).isEqualTo(2);
        assertThat(progress.failures()).containsEntry("没有订阅岗位推荐", 1L);
    }

    @Test
    void anAnnouncementGoesAsOneMassSendAndTheFinishEventClosesIt() {
        WECHAT.sendFinishEventsTo("http://127.0.0.1:" + port, APPID, TOKEN);
        List<String> silent = List.of(worker(), worker(), worker());
        Broadcast b = broadcasts.create(clerk, scope, new BroadcastService.Draft(BroadcastKind.ANNOUNCEMENT, "春风行动",
                "3月1日县体育馆招聘会,带身份证。", List.of(), county.getCode(), Registered.REGISTERED, false, false, null));
        broadcasts.queueDue();
        Map<String, Delivery> byOpenid = await(b, 3);
        assertThat(byOpenid.values()).allMatch(d -> OutboxSender.MASS.equals(d.getChannel()));
        assertThat(byOpenid.values().stream().map(Delivery::getWxMsgId).distinct()).hasSize(1);
        silent.forEach(openid -> assertThat(WECHAT.receivedBy(openid, WeChatChannel.MASS)).isEqualTo(1));
        awaitTrue(() -> outbox.ofSource(b.source()).stream().allMatch(d -> d.getStatus() == DeliveryStatus.DELIVERED));
    }

    @Test
    void aFollowerWhoHadFourMassSendsThisMonthGetsNoFifth() {
        List<String> silent = List.of(worker(), worker(), worker());
        String full = silent.get(0);
        for (int i = 0; i < 4; i++) {
            jdbc.update("INSERT INTO delivery (source, appid, openid, priority, kind, subject, state, body, status, channel, "
                    + "attempts, next_attempt_at, created_at) VALUES (?, ?, ?, 1, 'ANNOUNCEMENT', 's', 't', 'b', 'SENT', "
                    + "'MASS', 1, UTC_TIMESTAMP(), UTC_TIMESTAMP())", "earlier-mass:" + full + ":" + i, APPID, full);
        }
        Broadcast b = broadcasts.create(clerk, scope, new BroadcastService.Draft(BroadcastKind.ANNOUNCEMENT, "体检通知",
                "集中体检改到周五。", List.of(), county.getCode(), Registered.REGISTERED, false, false, null));
        broadcasts.queueDue();
        Map<String, Delivery> byOpenid = await(b, 3);
        assertThat(byOpenid.get(full).getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(byOpenid.get(full).getErrorCode()).isEqualTo(45028);
        assertThat(byOpenid.get(silent.get(1)).getChannel()).isEqualTo(OutboxSender.MASS);
        assertThat(WECHAT.receivedBy(full, WeChatChannel.MASS)).isZero();
    }

    @Test
    void anAnnouncementSplitBetweenTwoClaimsStillReachesEveryoneOnceByMassSend() throws InterruptedException {
        List<String> silent = List.of(worker(), worker(), worker());
        Broadcast b = announcement("招聘会改期");
        Delivery held;
        sender.stop();
        try {
            broadcasts.queueDue();
            held = claimOneOf(b, "another-instance");
        } finally {
            sender.start();
        }
        // While another instance holds one row, the others wait for it instead of failing alone.
        awaitTrue(() -> outbox.ofSource(b.source()).stream().filter(d -> !d.getId().equals(held.getId()))
                .allMatch(d -> d.getStatus() == DeliveryStatus.QUEUED && Integer.valueOf(Outbox.WAITING_FOR_COMPANY)
                        .equals(d.getErrorCode())));
        assertThat(outbox.ofSource(b.source())).noneMatch(d -> d.getStatus() == DeliveryStatus.FAILED);
        silent.forEach(openid -> assertThat(WECHAT.receivedBy(openid, WeChatChannel.MASS)).isZero());

        settlement.retryLater(held, -1, Duration.ZERO);
        Map<String, Delivery> byOpenid = await(b, 3);
        assertThat(byOpenid.values()).allMatch(d -> OutboxSender.MASS.equals(d.getChannel())
                && d.getStatus() != DeliveryStatus.FAILED);
        silent.forEach(openid -> assertThat(WECHAT.receivedBy(openid, WeChatChannel.MASS)).isEqualTo(1));
    }

    @Test
    void aPieceGoesWhileAnotherInstanceHoldsABiggerOne() {
        List<String> silent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            silent.add(worker());
        }
        Broadcast b = announcement("技能培训报名");
        List<Delivery> held = new ArrayList<>();
        sender.stop();
        try {
            broadcasts.queueDue();
            for (int i = 0; i < 8; i++) {
                held.add(claimOneOf(b, "another-instance"));
            }
        } finally {
            sender.start();
        }
        // The fault run's livelock: a piece smaller than what others held waited whole, so with
        // several senders every one waited. Now the four go, two kept back as company for the eight.
        awaitTrue(() -> silent.stream().filter(o -> WECHAT.receivedBy(o, WeChatChannel.MASS) == 1).count() == 2);

        held.forEach(d -> settlement.retryLater(d, -1, Duration.ZERO));
        await(b, 12);
        silent.forEach(openid -> assertThat(WECHAT.receivedBy(openid, WeChatChannel.MASS)).isEqualTo(1));
    }

    @Test
    void twentyFiveRecipientsWithClaimsOfTwentyGoInOneMassCall() throws InterruptedException {
        List<String> silent = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            silent.add(worker());
        }
        Broadcast b = announcement("体检安排");
        // This test's thread is the only sender: the claim of 20 gathers the other 5 as company.
        sender.stop();
        try {
            broadcasts.queueDue();
            for (int i = 0; i < 10 && outbox.ofSource(b.source()).stream()
                    .anyMatch(d -> d.getStatus() == DeliveryStatus.QUEUED); i++) {
                sender.drainOnce();
            }
        } finally {
            sender.start();
        }
        await(b, 25);
        List<RecordedCall> calls = WECHAT.callsTo("/message/mass/send").stream()
                .filter(c -> silent.stream().anyMatch(c.body()::contains)).toList();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).recipients()).containsExactlyInAnyOrderElementsOf(silent);
    }

    /**
     * The fault run (issue 26): three mass calls of 10,000 failed (-1) and their rows were put back one by
     * one, each due 5 s after its own settling; settled over two minutes, they came back in dribbles and
     * went in ninety small calls, which spent the day's 100. A failed call's rows now come back together.
     */
    @Test
    void theRowsOfAFailedMassCallComeBackTogether() throws InterruptedException {
        List<String> silent = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            silent.add(worker());
        }
        Broadcast b = announcement("停电通知");
        sender.stop();
        try {
            broadcasts.queueDue();
            WECHAT.failNext("/message/mass/send", -1, 1);
            sender.drainOnce();
            List<Delivery> rows = outbox.ofSource(b.source());
            assertThat(rows).hasSize(25).allMatch(d -> d.getStatus() == DeliveryStatus.QUEUED
                    && Integer.valueOf(-1).equals(d.getErrorCode()) && d.getAttempts() == 1);
            assertThat(rows.stream().map(Delivery::getNextAttemptAt).distinct()).as("one due time for the call's rows")
                    .hasSize(1);
        } finally {
            WECHAT.clearFailures();
            sender.start();
        }
        await(b, 25);
        silent.forEach(openid -> assertThat(WECHAT.receivedBy(openid, WeChatChannel.MASS)).isEqualTo(1));
    }

    @Test
    void aSpentDailyMassBudgetLeavesTheRowsQueued() {
        List<String> silent = List.of(worker(), worker(), worker());
        String day = rate.massDayKey(APPID);
        redis.opsForValue().set(day, "100", Duration.ofMinutes(10));
        Broadcast b = announcement("停水通知");
        try {
            broadcasts.queueDue();
            awaitTrue(() -> outbox.ofSource(b.source()).stream().allMatch(d -> d.getStatus() == DeliveryStatus.QUEUED
                    && Integer.valueOf(45009).equals(d.getErrorCode())));
            List<Delivery> rows = outbox.ofSource(b.source());
            assertThat(rows).allMatch(d -> d.getNextAttemptAt().isAfter(d.getCreatedAt().plusMinutes(1)));
            silent.forEach(openid -> assertThat(WECHAT.receivedBy(openid)).isZero());
        } finally {
            redis.delete(day);
            outbox.cancel(b.source());
        }
    }

    @Test
    void aWorkerWhoSaysTuidingIsLeftOutOfTheNextNotice() {
        String stays = worker();
        String leaves = worker();
        assertThat(say(leaves, "退订").content()).contains("不再给您推送");
        Broadcast b = broadcasts.create(clerk, scope, jobNotice(publishedJob()));
        assertThat(b.getAudienceSize()).isEqualTo(1);
        broadcasts.queueDue();
        assertThat(outbox.ofSource(b.source())).extracting(Delivery::getOpenid).containsExactly(stays);
        assertThat(say(leaves, "订阅").content()).contains("推送给您");
    }

    private Broadcast announcement(String title) {
        return broadcasts.create(clerk, scope, new BroadcastService.Draft(BroadcastKind.ANNOUNCEMENT, title,
                title + ",详情请问村委会。", List.of(), county.getCode(), Registered.REGISTERED, false, false, null));
    }

    /** Claims one row of the broadcast as another instance would, handing back what else a claim of one takes. */
    private Delivery claimOneOf(Broadcast b, String instance) {
        for (int i = 0; i < 200; i++) {
            List<Delivery> claimed = claims.claim(instance, 1, Duration.ofMinutes(2));
            assertThat(claimed).isNotEmpty();
            Delivery d = claimed.get(0);
            if (d.getSource().equals(b.source())) {
                return d;
            }
            claims.putBack(claimed, d.getErrorCode() == null ? 0 : d.getErrorCode(), Duration.ZERO);
        }
        throw new AssertionError("no row of " + b.source() + " claimed");
    }

    private BroadcastService.Draft jobNotice(Job job) {
        return new BroadcastService.Draft(BroadcastKind.JOBS, "宁波缝纫工", null, List.of(job.getId()), county.getCode(),
                Registered.REGISTERED, false, false, null);
    }

    private Job publishedJob() {
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("宁波推送厂", "浙江宁波", null, null)).getId(), "已考察");
        return jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "缝纫工", "服装", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 500_000, 700_000, null, null, null, null, null,
                null, 20, false, null)).getId());
    }

    private String worker() {
        long id = workers.register(new NewWorker("推送工", randomIdNumber(),
                null, village.getCode(), false)).getId();
        String openid = newOpenid();
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, id);
        return openid;
    }

    private Map<String, Delivery> await(Broadcast b, int count) {
        try {
            awaitTrue(() -> {
                List<Delivery> rows = outbox.ofSource(b.source());
                return rows.size() == count && rows.stream().noneMatch(d -> d.getStatus() == DeliveryStatus.QUEUED
                        || d.getStatus() == DeliveryStatus.SENDING);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + jdbc.queryForList("SELECT id, status, channel, attempts, "
                    + "next_attempt_at, lease_until, leased_by, error_code FROM delivery WHERE source = ?", b.source()), e);
        }
        return outbox.ofSource(b.source()).stream().collect(Collectors.toMap(Delivery::getOpenid, Function.identity()));
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(condition::getAsBoolean);
    }

    /** WeChat's own events, signed and posted to the callback as WeChat posts them. */
    static final class CallbackClientEvent {

        private CallbackClientEvent() {
        }

        static void popup(BroadcastSendTest test, String openid, String templateId, String status) {
            String xml = "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                    + "]]></FromUserName><CreateTime>" + System.currentTimeMillis() / 1000 + "</CreateTime>"
                    + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe_msg_popup_event]]></Event>"
                    + "<SubscribeMsgPopupEvent><List><TemplateId><![CDATA[" + templateId + "]]></TemplateId>"
                    + "<SubscribeStatusString><![CDATA[" + status + "]]></SubscribeStatusString>"
                    + "<PopupScene>2</PopupScene></List></SubscribeMsgPopupEvent></xml>";
            assertThat(test.client().send(xml, false).status()).isEqualTo(200);
        }
    }
}
