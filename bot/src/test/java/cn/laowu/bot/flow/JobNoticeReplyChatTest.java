package cn.laowu.bot.flow;

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
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 23 item 14: a job notice numbers its jobs and a reply of 1 opens the first job's detail;
 * a number after the main menu is still the menu's.
 */
class JobNoticeReplyChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    JobService jobs;
    @Autowired
    BroadcastService broadcasts;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;

    private Region county;
    private Region village;
    private RegionScope scope;
    private Actor clerk;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        String p = String.format("8%03d00", n);
        regions.create(p, "序号州" + n, null, 0);
        county = regions.create(p.substring(0, 4) + "01", "序号县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "序号镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "序号村" + n, township.getCode(), 0);
        scope = RegionScope.of(county);
        clerk = new Actor("clerk" + n, county.getPath(), null);
    }

    @Test
    void replyingOneToAJobNoticeOpensItsFirstJob() {
        String openid = newOpenid();
        long worker = workers.register(new NewWorker("序号工", randomIdNumber(), null, village.getCode(), false)).getId();
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker);
        say(openid, "菜单");
        Job first = publishedJob("序号缝纫工");
        Job second = publishedJob("序号保安");
        Broadcast b = broadcasts.create(clerk, scope, new BroadcastService.Draft(BroadcastKind.JOBS, "宁波招工", null,
                List.of(first.getId(), second.getId()), county.getCode(), Registered.REGISTERED, false, false, null));
        broadcasts.queueDue();
        RecordedCall notice = WECHAT.awaitCall(c -> c.isTo("/message/custom/send") && c.body().contains(openid)
                && c.body().contains("宁波招工"), Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError("no notice"));
        assertThat(notice.body()).contains("1. 序号缝纫工").contains("2. 序号保安").contains("回复序号看详情");
        await().atMost(Duration.ofSeconds(15)).until(() -> broadcasts.progress(scope, b.getId()).sent()
                + broadcasts.progress(scope, b.getId()).delivered() == 1);

        assertThat(say(openid, "2").content()).as("the second job of the notice, not menu item 2")
                .contains("序号保安").doesNotContain("培训");
        say(openid, "菜单");
        assertThat(say(openid, "2").content()).as("after the menu, 2 is the menu's").doesNotContain("序号保安");
    }

    private Job publishedJob(String title) {
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("宁波序号厂" + title, "浙江宁波", null, null)).getId(), "已考察");
        return jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                title, "服装", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 500_000, 700_000, null, null, null, null, null,
                null, 20, false, null)).getId());
    }
}
