package cn.laowu.bot.flow;

import cn.laowu.bot.TestFollowers;
import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.placement.FollowUpReminder;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.EmploymentStatus;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** After placement, in the chat: told when and where the group leaves, reminded of follow-ups, answering them; own corrections. */
class PlacementChatTest extends PortalTestSupport {


    @Autowired
    RegionService regions;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;
    @Autowired
    DispatchService dispatch;
    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpReminder reminder;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    JdbcTemplate jdbc;

    private Region village;
    private RegionScope scope;
    private Actor clerk;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        String p = String.format("5%03d00", n);
        Region prefecture = regions.create(p, "回访州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "回访县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "回访镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "回访村" + n, township.getCode(), 0);
        scope = RegionScope.of(county);
        clerk = new Actor("clerk", county.getPath(), null);
        assertThat(prefecture).isNotNull();
    }

    @Test
    void theGroupIsToldWhereToMeetAndTheWorkerAnswersAFollowUpInChat() {
        String openid = newOpenid();
        Worker worker = registered(openid);
        // Wrote lately, so WeChat lets the whole notice through as a customer-service message.
        say(openid, "菜单");
        Job job = publishedJob();
        long id = applied(worker, job);
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(), new DispatchService.NewBatch(
                today().plusDays(3), "县人社局门口", "张干事 13900001111", "浙江宁波"));
        dispatch.dispatch(clerk, scope, job.getId(), List.of(id), batch.getId());
        RecordedCall told = WECHAT.awaitCall(call -> call.isTo("/message/custom/send") && call.body().contains(openid)
                && call.body().contains("集中输送"), Duration.ofSeconds(10)).orElseThrow(
                () -> new AssertionError("the worker was not told of the group"));
        assertThat(told.body()).contains("县人社局门口").contains("张干事 13900001111").contains("出发");
        jdbc.update("UPDATE dispatch_batch SET depart_on = ? WHERE id = ?", today(), batch.getId()); // the day comes
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);

        assertThat(say(openid, "回访").content()).contains("还不到回访时间").contains(dayOf(today().plusMonths(1)));

        // A month on: one reminder, however often the schedule runs.
        ageBy(id, 1);
        reminder.remindDue();
        reminder.remindDue();
        WECHAT.awaitCall(call -> call.isTo("/message/custom/send") && call.body().contains(openid)
                && call.body().contains("说说近况"), Duration.ofSeconds(10)).orElseThrow(
                () -> new AssertionError("the worker was not reminded"));
        assertThat(WECHAT.callsTo("/message/custom/send").stream()
                .filter(c -> c.body().contains(openid) && c.body().contains("说说近况")).count()).isEqualTo(1);
        // The outbox settles the delivery just after WeChat answered.
        awaitTrue(() -> Boolean.TRUE.equals(followUps.ofApplication(id).get(0).getReminderDelivered()));

        assertThat(say(openid, "我的报名").content()).contains("已上岗").contains("上岗满1个月了,回复 回访");
        assertThat(say(openid, "回访").content()).contains("上岗满1个月").contains("1. 还在");
        assertThat(say(openid, "嗯").content()).contains("请回复 1 或 2");
        assertThat(say(openid, "还在").content()).contains("工资");
        assertThat(say(openid, "好多").content()).contains("写数字");
        assertThat(say(openid, "四千五").content()).contains("满意吗");
        assertThat(say(openid, "9").content()).contains("1、2 或 3");
        assertThat(say(openid, "不满意").content()).contains("困难");
        assertThat(say(openid, "加班费没算").content()).contains("已记下").contains("工作人员会尽快联系您")
                .contains("下次回访在");

        FollowUp answered = followUps.ofApplication(id).get(0);
        assertThat(answered.getRecordedBy()).isEqualTo("worker");
        assertThat(answered.getMonthlyWageFen()).isEqualTo(450_000L);
        assertThat(answered.getSatisfaction()).isEqualTo(Satisfaction.UNSATISFIED);
        assertThat(answered.getNote()).isEqualTo("加班费没算");
        assertThat(applications.find(job.getId(), worker.getId()).getStatus()).isEqualTo(ApplicationStatus.FOLLOW_UP);
        assertThat(workers.find(worker.getId()).orElseThrow().getMonthlyWageFen()).isEqualTo(450_000L);
        assertThat(say(openid, "回访").content()).contains("还不到回访时间");
    }

    @Test
    void aWorkerWhoLeftSaysWhyAndTheCardSaysSeekingWhileCancellingSavesNothing() {
        String openid = newOpenid();
        Worker worker = registered(openid);
        Job job = publishedJob();
        long id = placed(worker, job);
        ageBy(id, 3);
        // Registered at the office, never followed the account: the reminder cannot reach them, and the queue says so.
        Worker offline = workers.register(new NewWorker("田离线", randomIdNumber(), null, village.getCode(), false));
        long offlineId = placed(offline, job);
        ageBy(offlineId, 1);
        reminder.remindDue();
        assertThat(followUps.ofApplication(offlineId).get(0).getRemindedAt()).isNotNull();
        assertThat(followUps.ofApplication(offlineId).get(0).getReminderDelivered()).isFalse();

        assertThat(say(openid, "说说近况").content()).contains("上岗满3个月");
        say(openid, "1");
        assertThat(say(openid, "取消").content()).doesNotContain("已记下");
        assertThat(followUps.ofApplication(id)).allMatch(f -> f.getRecordedAt() == null);

        say(openid, "回访");
        assertThat(say(openid, "不干了").content()).contains("为什么离开");
        assertThat(say(openid, "工资太低").content()).contains("已记下").contains("找工作");
        FollowUp third = followUps.ofApplication(id).get(1);
        assertThat(third.getStillEmployed()).isFalse();
        assertThat(third.getNote()).isEqualTo("工资太低");
        assertThat(workers.find(worker.getId()).orElseThrow().getEmploymentStatus()).isEqualTo(EmploymentStatus.SEEKING);
    }

    @Test
    void aWorkerCorrectsPhoneSkillsAndWishesButNotTheirName() {
        String openid = newOpenid();
        Worker worker = registered(openid);
        assertThat(say(openid, "我的信息").content()).contains("您的登记信息").contains("1. 改手机号")
                .contains("乡镇社会保障站");
        assertThat(say(openid, "5").content()).contains("请回复 1、2 或 3");
        assertThat(say(openid, "1").content()).contains("新的手机号");
        assertThat(say(openid, "123").content()).contains("11位");
        assertThat(say(openid, "139 1234 5678").content()).contains("改好了");

        say(openid, "我的信息");
        say(openid, "2");
        assertThat(say(openid, "电焊、开叉车").content()).contains("改好了");

        say(openid, "我的信息");
        say(openid, "3");
        say(openid, "1");
        assertThat(say(openid, "电子厂 6000").content()).contains("改好了");

        Worker card = workers.find(worker.getId()).orElseThrow();
        assertThat(card.getPhoneMasked()).isEqualTo("139****5678");
        assertThat(card.getSkills()).isEqualTo("电焊、开叉车");
        assertThat(card.getIntendedArea()).isEqualTo(WorkArea.OUT_OF_PROVINCE);
        assertThat(card.getExpectedWageFen()).isEqualTo(600_000L);
        assertThat(card.getName()).isEqualTo(worker.getName());
        assertThat(say(openid, "我的信息").content()).contains("139****5678").contains("电焊、开叉车");
    }

    private Worker registered(String openid) {
        return TestFollowers.bound(workers, followers, APPID, openid, "吴回访", "13800002222", village.getCode(), false);
    }

    private Job publishedJob() {
        return TestFollowers.packingJob(jobs, clerk, scope, "宁波回访厂");
    }

    private long applied(Worker worker, Job job) {
        long id = ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(), job.getId(), "WECHAT"))
                .application().getId();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(clerk, scope, job.getId(), List.of(id), step, null);
        }
        return id;
    }

    private long placed(Worker worker, Job job) {
        long id = applied(worker, job);
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(),
                new DispatchService.NewBatch(today(), "县人社局门口", "张干事", "浙江宁波"));
        dispatch.dispatch(clerk, scope, job.getId(), List.of(id), batch.getId());
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
        return id;
    }

    /** As if the placement were {@code months} older. */
    private void ageBy(long applicationId, int months) {
        jdbc.update("UPDATE job_application SET placed_at = placed_at - INTERVAL " + months + " MONTH WHERE id = ?",
                applicationId);
        jdbc.update("UPDATE follow_up SET due_on = due_on - INTERVAL " + months + " MONTH WHERE application_id = ?",
                applicationId);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String dayOf(LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(10)).until(condition::getAsBoolean);
    }
}
