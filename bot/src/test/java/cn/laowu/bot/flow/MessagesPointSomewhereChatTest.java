package cn.laowu.bot.flow;

import cn.laowu.bot.TestFollowers;
import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23 item 17: what the office's moves tell the worker points somewhere. 体检 without a time
 * says who will call (the station, with its phone); "请联系…" always carries the phone; 已上岗 speaks of
 * the fare subsidy only to a worker who can claim it for this placement.
 */
class MessagesPointSomewhereChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;
    @Autowired
    DispatchService dispatch;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    AllowanceCatalogue catalogue;

    private Region village;
    private RegionScope scope;
    private Actor clerk;
    private String phone;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        AllowanceRegions chain = AllowanceRegions.create(regions, catalogue, '6', n, "指路");
        Region county = chain.county();
        Region township = chain.township();
        village = chain.village();
        phone = "0743-86" + String.format("%05d", n);
        regions.setOfficePhone(township.getCode(), phone);
        scope = RegionScope.of(county);
        clerk = new Actor("clerk", county.getPath(), null);
    }

    @Test
    void medicalWithoutATimeSaysWhoWillCallWithThePhoneAndPlacementOffersTheFareToAPoorWorker() {
        String openid = newOpenid();
        Worker worker = registered(openid, true);
        say(openid, "菜单");
        Job job = publishedJob();
        long id = ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(), job.getId(), "WECHAT"))
                .application().getId();
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.SCREENING, null);
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.MEDICAL, null);
        assertThat(told(openid, "已通过资格审查")).contains("指路镇").contains(phone).contains("另行通知")
                .doesNotContain("请按通知去体检");

        placed(job, id);
        assertThat(told(openid, "已上岗")).contains("车费补贴现在可以申领").contains("回复 补贴申领");
    }

    @Test
    void aWorkerWhoCannotClaimTheFareIsNotToldToAndARejectionGivesThePhone() {
        String openid = newOpenid();
        Worker worker = registered(openid, false);
        say(openid, "菜单");
        Job job = publishedJob();
        long id = ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(), job.getId(), "WECHAT"))
                .application().getId();
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.SCREENING, null);
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.MEDICAL, null);
        placed(job, id);
        assertThat(told(openid, "已上岗")).doesNotContain("车费补贴");

        String other = newOpenid();
        Worker second = registered(other, false);
        say(other, "菜单");
        long secondId = ((ApplicationService.Outcome.Applied) applications.apply(second.getId(), job.getId(), "WECHAT"))
                .application().getId();
        applications.move(clerk, scope, job.getId(), List.of(secondId), ApplicationStatus.SCREENING, null);
        applications.move(clerk, scope, job.getId(), List.of(secondId), ApplicationStatus.REJECTED, "年龄不符");
        assertThat(told(other, "没有通过资格审查")).contains("指路镇").contains(phone);
    }

    private String told(String openid, String marker) {
        RecordedCall call = WECHAT.awaitCall(c -> c.isTo("/message/custom/send") && c.body().contains(openid)
                && c.body().contains(marker), Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("not told: " + marker));
        return call.body();
    }

    private void placed(Job job, long id) {
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(), new DispatchService.NewBatch(
                LocalDate.now(ZoneId.of("Asia/Shanghai")), "县人社局门口", "张干事", "浙江宁波"));
        dispatch.dispatch(clerk, scope, job.getId(), List.of(id), batch.getId());
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
    }

    private Worker registered(String openid, boolean poverty) {
        return TestFollowers.bound(workers, followers, APPID, openid, "向指路", null, village.getCode(), poverty);
    }

    private Job publishedJob() {
        return TestFollowers.packingJob(jobs, clerk, scope, "宁波指路厂");
    }
}
