package cn.laowu.core.broadcast;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.audit.AuditLog.Actor;
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
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Audiences, approval, queueing, cancel and scope of broadcasts, on real MariaDB. */
@SpringBootTest(properties = {"laowu.broadcasts.approval-above=3",
        "laowu.wechat.accounts[0].appid=wxcoretest000001", "laowu.wechat.accounts[0].region-code=719900"})
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class BroadcastServiceTest {

    private static final String APPID = "wxcoretest000001";

    @Autowired
    BroadcastService broadcasts;
    @Autowired
    NoticeOptIns optIns;
    @Autowired
    Outbox outbox;
    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BroadcastFinisher finisher;

    private TestRegions.Chain here;
    private TestRegions.Chain elsewhere;
    private RegionScope county;
    private Actor clerk;

    @BeforeEach
    void regions() {
        here = TestRegions.create(regions);
        elsewhere = TestRegions.create(regions);
        county = RegionScope.of(here.county());
        clerk = new Actor("clerk-" + UUID.randomUUID().toString().substring(0, 6), county.path(), null);
    }

    @Test
    void theAudienceIsTheRegionsFollowersMinusTheUnsubscribedTheOptedOutTheAppliedAndTheCapped() {
        Job job = publishedJob(WorkArea.OUT_OF_PROVINCE, 600_000);
        long a = follower(here.village(), true, null, null);
        follower(here.village(), false, null, null);
        follower(here.village(), false, WorkArea.IN_COUNTY, null);
        long unsubscribed = follower(here.village(), false, null, null);
        long optedOut = follower(here.village(), false, null, null);
        long applied = follower(here.village(), false, null, null);
        long capped = follower(here.village(), false, null, null);
        follower(elsewhere.village(), false, null, null);
        followers.unsubscribed(APPID, openid(unsubscribed));
        optIns.wantsBroadcasts(APPID, openid(optedOut), false);
        applications.apply(applied, job.getId(), "WECHAT");
        for (int i = 0; i < 3; i++) {
            jdbc.update("INSERT INTO delivery (source, appid, openid, worker_id, priority, kind, subject, state, body, status, "
                    + "attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 1, 'JOB_NOTICE', 's', 't', 'b', 'SENT', 1, ?, ?)",
                    "earlier:" + capped + ":" + i, APPID, openid(capped), capped, now(), now().minusDays(2));
        }

        assertThat(size(draft(job, Registered.REGISTERED, false, false))).isEqualTo(3);
        assertThat(size(draft(job, Registered.REGISTERED, true, false))).as("建档立卡 only").isEqualTo(1);
        assertThat(size(draft(job, Registered.REGISTERED, false, true))).as("wishes: not 县内 seekers").isEqualTo(2);
        BroadcastService.Preview preview = broadcasts.preview(county, draft(job, Registered.REGISTERED, false, false));
        assertThat(preview.body()).contains("电子厂测试").contains("月薪4000–6000元").contains("退订");
        assertThat(a).isPositive();
    }

    @Test
    void aBroadcastIsQueuedOnceHoweverOftenTheScheduleRunsAndCancellingStopsWhatHasNotGone() {
        Job job = publishedJob(WorkArea.OUT_OF_PROVINCE, 600_000);
        for (int i = 0; i < 3; i++) {
            follower(here.village(), false, null, null);
        }
        Broadcast b = broadcasts.create(clerk, county, draft(job, Registered.REGISTERED, false, false));
        assertThat(b.getStatus()).isEqualTo(BroadcastStatus.SCHEDULED);
        assertThat(b.getAudienceSize()).isEqualTo(3);
        broadcasts.queueDue();
        broadcasts.queueDue();
        assertThat(outbox.ofSource(b.source())).hasSize(3).allMatch(d -> d.getStatus() == DeliveryStatus.QUEUED
                || d.getStatus() == DeliveryStatus.SENDING || d.getStatus().reached() || d.getStatus() == DeliveryStatus.FAILED);
        assertThat(broadcasts.get(county, b.getId()).getStatus()).isEqualTo(BroadcastStatus.QUEUED);
        assertThat(broadcasts.get(county, b.getId()).getQueuedCount()).isEqualTo(3);

        broadcasts.cancel(clerk, county, b.getId());
        BroadcastService.Progress progress = broadcasts.progress(county, b.getId());
        assertThat(progress.broadcast().getStatus()).isEqualTo(BroadcastStatus.CANCELLED);
        assertThat(progress.cancelled() + progress.sent() + progress.delivered() + progress.failed()).isEqualTo(3);
        assertThat(outbox.ofSource(b.source())).noneMatch(d -> d.getStatus() == DeliveryStatus.QUEUED);
    }

    @Test
    void aLargeBroadcastWaitsForAnotherAdminsApproval() {
        Job job = publishedJob(WorkArea.OUT_OF_PROVINCE, 600_000);
        for (int i = 0; i < 4; i++) {
            follower(here.village(), false, null, null);
        }
        Broadcast b = broadcasts.create(clerk, county, draft(job, Registered.REGISTERED, false, false));
        assertThat(b.getStatus()).isEqualTo(BroadcastStatus.AWAITING_APPROVAL);
        broadcasts.queueDue();
        assertThat(outbox.ofSource(b.source())).as("nothing goes before approval").isEmpty();
        assertThatThrownBy(() -> broadcasts.approve(clerk, county, b.getId())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("自己");
        Actor admin = new Actor("admin-" + b.getId(), county.path(), null);
        assertThat(broadcasts.approve(admin, county, b.getId()).getStatus()).isEqualTo(BroadcastStatus.SCHEDULED);
        broadcasts.queueDue();
        assertThat(outbox.ofSource(b.source())).hasSize(4);
    }

    @Test
    void anAudienceThatGrewPastTheThresholdBeforeTheSendTimeWaitsForApprovalThen() {
        Job job = publishedJob(WorkArea.OUT_OF_PROVINCE, 600_000);
        for (int i = 0; i < 2; i++) {
            follower(here.village(), false, null, null);
        }
        Broadcast b = broadcasts.create(clerk, county, draft(job, Registered.REGISTERED, false, false));
        assertThat(b.getStatus()).as("2 people: no approval needed when created").isEqualTo(BroadcastStatus.SCHEDULED);
        // Workers register before the send time: 5 now, over the threshold of 3.
        for (int i = 0; i < 3; i++) {
            follower(here.village(), false, null, null);
        }

        broadcasts.queueDue();
        Broadcast held = broadcasts.get(county, b.getId());
        assertThat(outbox.ofSource(b.source())).as("nothing goes without approval").isEmpty();
        assertThat(held.getStatus()).isEqualTo(BroadcastStatus.AWAITING_APPROVAL);
        assertThat(held.getAudienceSize()).as("the author sees the new count").isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'HOLD_FOR_APPROVAL' AND entity_id = ?",
                Long.class, String.valueOf(b.getId()))).isEqualTo(1);

        Actor admin = new Actor("admin-" + b.getId(), county.path(), null);
        broadcasts.approve(admin, county, b.getId());
        broadcasts.queueDue();
        assertThat(outbox.ofSource(b.source())).hasSize(5);
    }

    @Test
    void anotherOfficeCannotSeeOrTouchItAndNobodySendsOutsideTheirRegion() {
        Job job = publishedJob(WorkArea.OUT_OF_PROVINCE, 600_000);
        follower(here.village(), false, null, null);
        Broadcast b = broadcasts.create(clerk, county, draft(job, Registered.REGISTERED, false, false));
        RegionScope other = RegionScope.of(elsewhere.county());
        Actor stranger = new Actor("stranger", other.path(), null);
        assertThatThrownBy(() -> broadcasts.get(other, b.getId())).isInstanceOf(NotFoundInScope.class);
        assertThatThrownBy(() -> broadcasts.cancel(stranger, other, b.getId())).isInstanceOf(NotFoundInScope.class);
        assertThatThrownBy(() -> broadcasts.preview(other, draft(job, Registered.REGISTERED, false, false)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("本辖区");
        RegionScope township = RegionScope.of(here.township());
        assertThatThrownBy(() -> broadcasts.preview(township, new BroadcastService.Draft(BroadcastKind.ANNOUNCEMENT,
                "通知", "明天体检", List.of(), here.township().getCode(), Registered.ANY, false, false, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("未登记");
        assertThatThrownBy(() -> broadcasts.preview(county, new BroadcastService.Draft(BroadcastKind.JOBS, "岗位", null,
                List.of(), here.county().getCode(), Registered.REGISTERED, false, false, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("1到5");
        assertThatThrownBy(() -> broadcasts.preview(county, new BroadcastService.Draft(BroadcastKind.ANNOUNCEMENT,
                "一个超过二十个字的标题一个超过二十个字的标题", "x", List.of(), here.county().getCode(), Registered.REGISTERED,
                false, false, null))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theAccountsOwnOfficeReachesFollowersWhoHaveNotRegistered() {
        Region prefecture = regions.find("719900").orElseGet(() -> regions.create("719900", "账号州", null, 0));
        Region countyOfAccount = regions.find("719901").orElseGet(() -> regions.create("719901", "账号县", "719900", 0));
        String stranger = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        followers.subscribed(APPID, stranger, null);
        RegionScope scope = RegionScope.of(prefecture);
        long before = broadcasts.preview(scope, new BroadcastService.Draft(BroadcastKind.ANNOUNCEMENT, "通知", "春风行动招聘会",
                List.of(), prefecture.getCode(), Registered.UNREGISTERED, false, false, null)).audienceSize();
        assertThat(before).isPositive();
        assertThatThrownBy(() -> broadcasts.preview(RegionScope.of(countyOfAccount), new BroadcastService.Draft(
                BroadcastKind.ANNOUNCEMENT, "通知", "x", List.of(), countyOfAccount.getCode(), Registered.UNREGISTERED,
                false, false, null))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aJobOptedInToAutoNoticeTellsMatchingWorkersWhenPublished() {
        follower(here.village(), false, null, null);
        Employer employer = jobs.vet(clerk, county, jobs.createEmployer(clerk, county,
                new JobService.NewEmployer("自动通知厂", "广东东莞", null, null)).getId(), "已考察");
        Job draft = jobs.createJob(clerk, county, new JobService.JobDraft(employer.getId(), "自动岗位", "电子",
                WorkArea.OUT_OF_PROVINCE, "广东东莞", 400_000, 600_000, null, null, null, null, null, null, 5, false, null));
        broadcasts.autoNotice(clerk, county, draft.getId(), true);
        jobs.publish(clerk, county, draft.getId());
        assertThat(broadcasts.list(county, 10)).anyMatch(b -> Boolean.TRUE.equals(b.getAutomatic())
                && b.getJobIds().equals(String.valueOf(draft.getId())) && b.getAudienceSize() == 1);
    }

    /** Issue 23 item 14: 发送中 → 已完成 once every row settled, with its counts; jobs numbered; 退订 on announcements. */
    @Test
    void aBroadcastWhoseRowsAllSettledIsDoneWithItsCounts() {
        Job job = publishedJob(WorkArea.OUT_OF_PROVINCE, 600_000);
        for (int i = 0; i < 3; i++) {
            follower(here.village(), false, null, null);
        }
        Broadcast b = broadcasts.create(clerk, county, draft(job, Registered.REGISTERED, false, false));
        assertThat(b.getBody()).contains("\n1. 电子厂测试").contains("回复序号看详情").contains("回复 退订 不再接收");
        broadcasts.queueDue();
        List<Long> ids = outbox.ofSource(b.source()).stream().map(Delivery::getId).toList();
        jdbc.update("UPDATE delivery SET status = 'SENT', sent_at = ? WHERE id IN (?, ?)", now(), ids.get(0), ids.get(1));
        jdbc.update("UPDATE delivery SET status = 'QUEUED' WHERE id = ?", ids.get(2));
        finisher.finishSettled();
        assertThat(broadcasts.get(county, b.getId()).getStatus()).as("one row still waits").isEqualTo(BroadcastStatus.QUEUED);

        jdbc.update("UPDATE delivery SET status = 'FAILED', error_code = 43101 WHERE id = ?", ids.get(2));
        finisher.finishSettled();
        Broadcast done = broadcasts.get(county, b.getId());
        assertThat(done.getStatus()).isEqualTo(BroadcastStatus.DONE);
        assertThat(done.getStatus().label()).isEqualTo("已完成");
        assertThat(done.getReachedCount()).isEqualTo(2);
        assertThat(done.getFailedCount()).isEqualTo(1);
        assertThat(done.getFinishedAt()).isNotNull();

        Broadcast notice = broadcasts.create(clerk, county, new BroadcastService.Draft(BroadcastKind.ANNOUNCEMENT, "招聘会",
                "3月1日上午9点在县体育馆", List.of(), here.county().getCode(), Registered.REGISTERED, false, false, null));
        assertThat(notice.getBody()).endsWith("回复 退订 不再接收。");
    }

    /** Issue 23 item 14: a worker placed and working (已上岗) gets no job notices; announcements still reach them. */
    @Test
    void aPlacedWorkerIsLeftOutOfJobNotices() {
        Job job = publishedJob(WorkArea.IN_COUNTY, 600_000);
        follower(here.village(), false, null, null);
        long placed = follower(here.village(), false, null, null);
        workers.recordPlacement(placed, "广东东莞", "东莞某厂", "普工", 450_000L);
        assertThat(size(draft(job, Registered.REGISTERED, false, false))).isEqualTo(1);
        assertThat(size(new BroadcastService.Draft(BroadcastKind.ANNOUNCEMENT, "招聘会", "县体育馆", List.of(),
                here.county().getCode(), Registered.REGISTERED, false, false, null))).isEqualTo(2);
    }

    /** Issue 23 item 15: a village sends job notices only, to its own people, always held for its township. */
    @Test
    void aVillagesJobNoticeWaitsForItsTownshipAndOnlyTheTownshipOrAboveLetsItGo() {
        Job job = publishedJob(WorkArea.OUT_OF_PROVINCE, 600_000);
        follower(here.village(), false, null, null);
        RegionScope village = RegionScope.of(here.village());
        Actor officer = new Actor("village-" + UUID.randomUUID().toString().substring(0, 6), village.path(), null);
        assertThat(broadcasts.kinds(village)).containsExactly(BroadcastKind.JOBS);
        assertThatThrownBy(() -> broadcasts.create(officer, village, new BroadcastService.Draft(BroadcastKind.ANNOUNCEMENT,
                "通知", "开会", List.of(), here.village().getCode(), Registered.REGISTERED, false, false, null)))
                .hasMessageContaining("通知公告请乡镇发");
        Broadcast b = broadcasts.create(officer, village, new BroadcastService.Draft(BroadcastKind.JOBS, "村里招工", null,
                List.of(job.getId()), here.village().getCode(), Registered.REGISTERED, false, false, null));
        assertThat(b.getStatus()).as("one person, still held").isEqualTo(BroadcastStatus.AWAITING_APPROVAL);
        broadcasts.queueDue();
        assertThat(outbox.ofSource(b.source())).isEmpty();

        RegionScope township = RegionScope.of(here.township());
        Actor townClerk = new Actor("town-" + UUID.randomUUID().toString().substring(0, 6), township.path(), null);
        assertThat(broadcasts.awaitingApproval(township, townClerk.username())).isEqualTo(1);
        assertThat(broadcasts.awaitingApproval(RegionScope.of(elsewhere.township()), townClerk.username())).isZero();
        Broadcast own = broadcasts.create(townClerk, township, new BroadcastService.Draft(BroadcastKind.JOBS, "镇里招工", null,
                List.of(job.getId()), here.township().getCode(), Registered.REGISTERED, false, false, null));
        assertThat(broadcasts.mayApprove(township, own)).as("a township does not approve townships").isFalse();
        broadcasts.approve(townClerk, township, b.getId());
        assertThat(broadcasts.get(township, b.getId()).getStatus()).isEqualTo(BroadcastStatus.SCHEDULED);
        assertThat(broadcasts.get(township, b.getId()).getApprovedBy()).isEqualTo(townClerk.username());
        broadcasts.queueDue();
        assertThat(outbox.ofSource(b.source())).hasSize(1);
    }

    private long size(BroadcastService.Draft draft) {
        return broadcasts.preview(county, draft).audienceSize();
    }

    private BroadcastService.Draft draft(Job job, Registered registered, boolean poverty, boolean wishes) {
        return new BroadcastService.Draft(BroadcastKind.JOBS, "东莞电子厂招工", null, List.of(job.getId()),
                here.county().getCode(), registered, poverty, wishes, null);
    }

    private Job publishedJob(WorkArea area, long maxWageFen) {
        Employer employer = jobs.vet(clerk, county, jobs.createEmployer(clerk, county,
                new JobService.NewEmployer("推送测试厂", "广东东莞", null, null)).getId(), "已考察");
        return jobs.publish(clerk, county, jobs.createJob(clerk, county, new JobService.JobDraft(employer.getId(),
                "电子厂测试", "电子", area, "广东东莞", 400_000, maxWageFen, null, null, null, null, null, null, 10, false,
                null)).getId());
    }

    private final java.util.Map<Long, String> openids = new java.util.HashMap<>();

    private long follower(Region village, boolean poverty, WorkArea wish, Long wageFen) {
        long worker = TestIds.register(workers, "推送工", null, village.getCode(), poverty).getId();
        if (wish != null || wageFen != null) {
            workers.updateWishes(worker, wish, null, wageFen);
        }
        String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker);
        openids.put(worker, openid);
        return worker;
    }

    private String openid(long worker) {
        return openids.get(worker);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
