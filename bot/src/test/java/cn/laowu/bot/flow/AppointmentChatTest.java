package cn.laowu.bot.flow;

import cn.laowu.core.job.JobEdits;
import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.Appointment;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 体检 with a time and place, as the worker lives it: one message saying when and where (not the
 * generic "体检……另行通知" as well), a changed job's new wage, and 我的报名 showing the appointment.
 */
class AppointmentChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    JobEdits edits;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;

    @Test
    void theWorkerIsToldWhenAndWhereOnceAndMyApplicationsShowsIt() {
        int n = nextRegionNumber();
        String p = String.format("9%03d00", n);
        regions.create(p, "体检州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "体检县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "体检镇" + n, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", "体检村" + n, township.getCode(), 0);
        RegionScope scope = RegionScope.of(county);
        Actor clerk = new Actor("clerk", county.getPath(), null);

        String openid = newOpenid();
        Worker worker = workers.register(new NewWorker("龙体检", randomIdNumber(), "13800003333", village.getCode(), false));
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker.getId());
        say(openid, "菜单"); // wrote lately: notices go as customer-service messages

        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("体检测试厂" + n, "浙江宁波", null, null)).getId(), "已考察");
        Job job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "质检员" + n, "制造", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 450_000, 600_000, null, null, null, null, null,
                null, 5, false, null)).getId());
        long id = ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(), job.getId(), "WECHAT"))
                .application().getId();
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.SCREENING, null);

        LocalDateTime at = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).atTime(9, 0);
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.MEDICAL, null,
                new Appointment(at, "吉首市人民医院", "身份证"));
        String where = "请于 " + Appointment.when(at) + " 到 吉首市人民医院体检,带身份证";
        RecordedCall told = WECHAT.awaitCall(call -> call.isTo("/message/custom/send") && call.body().contains(openid)
                && call.body().contains("吉首市人民医院"), Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("the worker was not told the time and place"));
        assertThat(told.body()).contains(where).contains("已通过资格审查");

        // The edit of the job's wage reaches the worker too.
        edits.update(clerk, scope, job.getId(), jobs.job(scope, job.getId()).getVersion(), new JobService.JobDraft(
                employer.getId(), "质检员" + n, "制造", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 500_000, 650_000, null, null,
                null, null, null, null, 5, false, null));
        WECHAT.awaitCall(call -> call.isTo("/message/custom/send") && call.body().contains(openid)
                        && call.body().contains("月薪由 4500-6000 元改为 5000-6500 元"), Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("the worker was not told of the new wage"));

        assertThat(say(openid, "我的报名").content()).contains("质检员" + n).contains("体检").contains(where);
        // One notice of the move to 体检: the one with the time and place.
        assertThat(WECHAT.callsTo("/message/custom/send").stream()
                .filter(c -> c.body().contains(openid) && c.body().contains("体检")).count()).isEqualTo(1);
        assertThat(WECHAT.callsTo("/message/custom/send").stream()
                .filter(c -> c.body().contains(openid) && c.body().contains("另行通知")).count()).isZero();
    }
}
