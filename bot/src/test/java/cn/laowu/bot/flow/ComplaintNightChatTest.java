package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.bot.protocol.WeChatCrypto;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker hurt at 03:36 on a Wednesday (5 March 2031): told at once whom to call (hotlines and
 * the township's office), and that the office takes the case up when it opens at 08:00.
 */
@Import(ComplaintNightChatTest.Night.class)
class ComplaintNightChatTest extends PortalTestSupport {

    private static final Instant NIGHT = LocalDateTime.of(2031, 3, 5, 3, 36).atZone(ChinaTime.ZONE).toInstant();

    @TestConfiguration
    static class Night {
        @Bean
        @Primary
        Clock nightClock() {
            return Clock.fixed(NIGHT, java.time.ZoneOffset.UTC);
        }
    }

    /** Signed at the test's night, as WeChat would sign it then: the portal refuses stale timestamps. */
    @Override
    protected CallbackClient.Response say(String openid, String text) {
        String timestamp = String.valueOf(NIGHT.getEpochSecond());
        String nonce = "n" + newMsgId();
        return client().send(CallbackClient.text(ACCOUNT, openid, newMsgId(), text), false, timestamp, nonce,
                WeChatCrypto.sha1(TOKEN, timestamp, nonce));
    }

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    ComplaintFiling filing;

    @Test
    void anInjuryAtNightGetsTheHotlineAndTheOfficePhoneAtOnceAndIsDueInOfficeHours() {
        int n = nextRegionNumber();
        String p = String.format("7%03d00", n);
        regions.create(p, "夜州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "夜县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "夜镇" + n, county.getCode(), 0);
        Region village = regions.create(township.getCode() + "201", "夜村" + n, township.getCode(), 0);
        regions.setOfficePhone(township.getCode(), "0743-8110999");
        String openid = newOpenid();
        long worker = workers.register(new NewWorker("龙夜班", randomIdNumber(), "13900003333", village.getCode(), false)).getId();
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker);

        String reply = say(openid, "我在厂里被机器压伤了手").content();
        for (int turn = 0; turn < 10 && !reply.contains("请核对"); turn++) {
            reply = say(openid, "跳过").content();
        }
        String done = say(openid, "1").content();
        assertThat(done).contains("12333").contains("夜镇" + n + "社会保障站 0743-8110999")
                .contains("现在是下班时间").contains("3月5日 08:00").contains("最晚3月5日 10:00前受理");
        Complaint c = filing.mine(new ComplaintFiling.Complainant(APPID, openid, worker)).get(0);
        assertThat(c.getAcceptDue()).isEqualTo(LocalDateTime.of(2031, 3, 5, 2, 0));
    }
}
