package cn.laowu.bot.flow;

import cn.laowu.bot.TestFollowers;
import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.progress.Measure;
import cn.laowu.core.progress.ProgressStore;
import cn.laowu.core.progress.Totals;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20: a worker says their monthly wage in chat; it is kept with their placement and 劳务收入 counts it. */
class WageReportChatTest extends PortalTestSupport {

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
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    ProgressStore progress;
    @Autowired
    JdbcTemplate jdbc;

    private Region village;
    private RegionScope scope;
    private Actor clerk;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        String p = String.format("5%03d00", n);
        regions.create(p, "工资州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "工资县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "工资镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "工资村" + n, township.getCode(), 0);
        scope = RegionScope.of(county);
        clerk = new Actor("clerk", county.getPath(), null);
    }

    @Test
    void aPlacedWorkerSaysTheirWageAndTheIncomeEstimateCountsIt() {
        String openid = newOpenid();
        Worker worker = registered(openid);
        long id = placed(worker, publishedJob());

        assertThat(say(openid, "我现在一个月拿五千").content()).isEqualTo("记下了:每月约5000元,谢谢!");
        assertThat(wageOf(id)).isEqualTo(500_000L);
        assertThat(say(openid, "工资涨到六千了").content()).contains("每月约6000元");
        assertThat(say(openid, "这个月到手4800").content()).contains("每月约4800元");
        assertThat(wageOf(id)).isEqualTo(480_000L);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        progress.refresh(today.getYear());
        Totals home = progress.rollUp(today.getYear(), today.getMonthValue(), village.getPath()).get(village.getPath());
        assertThat(home.get(Measure.IN_WORK)).isEqualTo(1);
        assertThat(home.get(Measure.IN_WORK_WITH_WAGE)).isEqualTo(1);
        assertThat(home.get(Measure.INCOME_FEN)).isEqualTo(480_000L);
    }

    @Test
    void aFollowUpAnsweredLaterWithoutAWageKeepsTheOneSaid() {
        String openid = newOpenid();
        Worker worker = registered(openid);
        long id = placed(worker, publishedJob());
        say(openid, "我现在一个月拿五千");
        jdbc.update("UPDATE follow_up SET due_on = ? WHERE application_id = ? AND month_no = 1",
                LocalDate.now(ZoneId.of("Asia/Shanghai")), id);
        long first = followUps.ofApplication(id).get(0).getId();
        followUps.record(clerk, scope, first, new FollowUpService.Answer(true, null, Satisfaction.SATISFIED, null));
        assertThat(followUps.ofApplication(id).get(0).getMonthlyWageFen()).isEqualTo(500_000L);
    }

    @Test
    void badAmountsAreRefusedWithAnExampleAndNothingIsKept() {
        String openid = newOpenid();
        Worker worker = registered(openid);
        long id = placed(worker, publishedJob());
        assertThat(say(openid, "我现在一个月拿").content()).contains("每月到手大约多少元").contains("5000")
                .contains("工资被拖欠,请回复 投诉");
        assertThat(say(openid, "好多").content()).contains("请写数字").contains("5000");
        assertThat(say(openid, "50").content()).contains("请写数字");
        assertThat(say(openid, "200万").content()).contains("不像月工资").contains("5000");
        assertThat(wageOf(id)).isNull();
        assertThat(say(openid, "5200").content()).isEqualTo("记下了:每月约5200元,谢谢!");
        assertThat(wageOf(id)).isEqualTo(520_000L);
    }

    @Test
    void theUnregisteredAndTheUnplacedAreToldWhatApplies() {
        String stranger = newOpenid();
        followers.subscribed(APPID, stranger, null);
        assertThat(say(stranger, "我现在一个月拿五千").content()).contains("实名登记");

        String openid = newOpenid();
        registered(openid);
        assertThat(say(openid, "工资涨到六千了").content()).contains("还没有您上岗的记录").contains("找工作");
    }

    private Long wageOf(long applicationId) {
        return followUps.ofApplication(applicationId).stream().map(FollowUp::getMonthlyWageFen)
                .filter(w -> w != null).findFirst().orElse(null);
    }

    private Worker registered(String openid) {
        return TestFollowers.bound(workers, followers, APPID, openid, "吴工资", "13800003333", village.getCode(), false);
    }

    private Job publishedJob() {
        return TestFollowers.packingJob(jobs, clerk, scope, "宁波工资厂");
    }

    private long placed(Worker worker, Job job) {
        long id = ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(), job.getId(), "WECHAT"))
                .application().getId();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(clerk, scope, job.getId(), List.of(id), step, null);
        }
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(),
                new DispatchService.NewBatch(LocalDate.now(ZoneId.of("Asia/Shanghai")), "县人社局门口", "张干事", "浙江宁波"));
        dispatch.dispatch(clerk, scope, job.getId(), List.of(id), batch.getId());
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
        return id;
    }
}
