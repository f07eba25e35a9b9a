package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.station.StationService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A shared location answers, short, with the nearest 就业服务站 (with a phone) and numbered local jobs of its county. */
class NearbyChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    StationService stations;
    @Autowired
    JobService jobs;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    ApplicationService applications;

    private static final AtomicInteger SPOTS = new AtomicInteger();

    private int n;
    private Region township;
    private Region village;
    private double lat;
    private final double lng = 95.0;
    private String job;

    /** A county with a township station (no phone of its own), a county centre and one local job. */
    @BeforeEach
    void stationsAndAJob() {
        n = nextRegionNumber();
        String p = String.format("4%03d00", n);
        regions.create(p, "站点州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "站点县" + n, p, 0);
        township = regions.create(county.getCode() + "101", "站点镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "站点村" + n, township.getCode(), 0);
        regions.setOfficePhone(township.getCode(), "0743-5550" + n);
        // A spot in the Gobi no other test uses, a degree from the last test's: only these stations are near.
        lat = 36.0 + SPOTS.getAndIncrement();
        stations.create("站点镇社会保障站" + n, township.getCode(), "站点镇政府一楼", null, "工作日 8:30-17:30",
                lat + 0.02, lng);
        stations.create("站点县就业服务中心" + n, county.getCode(), "县人社局", "0743-6660" + n, null, lat + 0.3, lng);
        RegionScope scope = RegionScope.of(county);
        Actor clerk = new Actor("clerk", county.getPath(), null);
        var employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("站点宾馆" + n, "本县", null, null)).getId(), "考察过");
        job = "前台" + n;
        jobId = jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(), job, "住宿",
                WorkArea.IN_COUNTY, "县城", 300_000, 350_000, null, null, null, null, null, null, 2, false, null)).getId();
        jobs.publish(clerk, scope, jobId);
    }

    private long jobId;

    private String location(String openid) {
        return client().send(CallbackClient.location(ACCOUNT, openid, newMsgId(), lat, lng, "站点镇"), false).content();
    }

    @Test
    void aLocationGetsAShortReplyWithStationPhonesAndNumberedJobsThatOpen() {
        String openid = newOpenid();
        String answer = location(openid);
        assertThat(answer).contains("最近的就业服务站").contains("站点镇社会保障站" + n + " 2.2公里")
                // No phone of its own: the township office's.
                .contains("电话0743-5550" + n).contains("工作日 8:30-17:30")
                .contains("站点县就业服务中心" + n).contains("电话0743-6660" + n)
                .contains("1. " + job + " 3000-3500元").contains("回复序号看岗位详情");
        assertThat(answer.lines().filter(line -> line.contains("站点镇社会保障站"))).hasSize(1);
        assertThat(answer.length()).isLessThanOrEqualTo(150);

        String detail = say(openid, "1").content();
        assertThat(detail).contains("【" + job + "】").contains("站点宾馆" + n).contains("回复 报名");
        assertThat(say(openid, "返回").content()).contains("回复序号看详情");

        say(openid, "菜单");
        assertThat(say(openid, "就业服务站在哪里").content()).contains("把您的位置发给我");
        assertThat(say(openid, "吉首").content()).contains("还没收到位置");
        assertThat(location(openid)).contains("站点镇社会保障站" + n);
        // Words other than a number after the reply are read afresh, not taken as a job number.
        assertThat(say(openid, "9").content()).contains("没有第9个");
        assertThat(say(openid, "培训报名").content()).doesNotContain("没有第").doesNotContain("还没收到位置");
    }

    @Test
    void aLocationInsideTheJobDialogAnswersWithTheStations() {
        String openid = newOpenid();
        assertThat(say(openid, "找工作").content()).contains("回复序号看详情");
        String answer = location(openid);
        assertThat(answer).contains("最近的就业服务站").contains("站点镇社会保障站" + n).doesNotContain("打字搜索");
        assertThat(say(openid, "1").content()).contains("【" + job + "】");
    }

    @Test
    void myApplicationsGivesTheTownshipStationsNumber() {
        String openid = newOpenid();
        Worker worker = workers.register(new NewWorker("站民" , randomIdNumber(), null, village.getCode(), false));
        followers.seen(APPID, openid);
        followers.bindWorker(APPID, openid, worker.getId());
        assertThat(applications.apply(worker.getId(), jobId, "WECHAT")).isInstanceOf(ApplicationService.Outcome.Applied.class);
        assertThat(say(openid, "我的报名").content()).contains(job)
                .contains("有疑问请联系站点镇社会保障站" + n + ",电话 0743-5550" + n);
    }

    @Test
    void aLocationOffTheEarthGetsAKindAnswerAndNoQuery() {
        String openid = newOpenid();
        for (double[] bad : new double[][]{{Double.NaN, 95}, {41, Double.POSITIVE_INFINITY}, {91, 95}, {41, -181},
                {Double.NEGATIVE_INFINITY, Double.NaN}}) {
            var response = client().send(CallbackClient.location(ACCOUNT, openid, newMsgId(), bad[0], bad[1], "某地"), false);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.content()).contains("这个位置看不清").contains("再发一次位置");
        }
        // Still in the dialog: a good location after the bad ones answers normally.
        assertThat(client().send(CallbackClient.location(ACCOUNT, openid, newMsgId(), 0.5, -150, "海上"), false)
                .content()).contains("200公里内还没有");
    }

    @Test
    void theStationServiceNeverQueriesWithCoordinatesOffTheEarth() {
        assertThat(stations.nearest(Double.NaN, 95, 3)).isEmpty();
        assertThat(stations.nearest(41, Double.POSITIVE_INFINITY, 3)).isEmpty();
        assertThat(stations.nearest(1e308, 95, 3)).isEmpty();
    }
}
