package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.station.StationService;
import cn.laowu.core.worker.WorkArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** A shared location answers with the nearest 就业服务站 and the local jobs of its county. */
class NearbyChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    StationService stations;
    @Autowired
    JobService jobs;

    @Test
    void aLocationListsTheNearestStationsAndLocalJobs() {
        int n = ThreadLocalRandom.current().nextInt(100, 999);
        String p = String.format("4%03d00", n);
        Region prefecture = regions.create(p, "站点州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "站点县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "站点镇" + n, county.getCode(), 0);
        // A spot in the Gobi no other test uses, so only these stations are near.
        double lat = 41.0 + n / 10_000.0;
        double lng = 95.0;
        stations.create("站点镇社会保障站" + n, township.getCode(), "站点镇政府一楼", "0743-0000000", "工作日 8:30-17:30",
                lat + 0.02, lng);
        stations.create("站点县就业服务中心" + n, county.getCode(), "县人社局", null, null, lat + 0.3, lng);
        RegionScope scope = RegionScope.of(county);
        Actor clerk = new Actor("clerk", county.getPath(), null);
        var employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("站点宾馆" + n, "本县", null, null)).getId(), "考察过");
        jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(), "前台" + n, "住宿",
                WorkArea.IN_COUNTY, "县城", 300_000, 350_000, null, null, null, null, null, null, 2, false, null)).getId());

        String openid = newOpenid();
        String answer = client().send(CallbackClient.location(ACCOUNT, openid, newMsgId(), lat, lng, "站点镇"), false)
                .content();
        assertThat(answer).contains("离您最近的就业服务站").contains("1. 站点镇社会保障站" + n).contains("约2.2公里")
                .contains("2. 站点县就业服务中心" + n).contains("附近的岗位").contains("前台" + n);

        assertThat(say(openid, "就业服务站在哪里").content()).contains("把您的位置发给我");
        assertThat(say(openid, "吉首").content()).contains("还没收到位置");
        assertThat(client().send(CallbackClient.location(ACCOUNT, openid, newMsgId(), lat, lng, "站点镇"), false)
                .content()).contains("站点镇社会保障站" + n);
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
