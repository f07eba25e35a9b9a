package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 23 item 18: a province for "想去哪里工作?", and "异议" from the main menu. */
class WordsUnderstoodChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;

    private Region village;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        String p = String.format("7%03d00", n);
        regions.create(p, "词州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "词县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "词镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "词村" + n, township.getCode(), 0);
    }

    @Test
    void aProvinceOrCityNamedForWhereToWorkIsItsArea() {
        String openid = newOpenid();
        Worker worker = registered(openid);
        say(openid, "我的信息");
        assertThat(say(openid, "3").content()).contains("想去哪里工作");
        assertThat(say(openid, "广东").content()).doesNotContain("1 到 5").contains("想做什么工作");
        assertThat(say(openid, "电子厂 6000").content()).contains("改好了");
        assertThat(workers.find(worker.getId()).orElseThrow().getIntendedArea()).isEqualTo(WorkArea.OUT_OF_PROVINCE);

        say(openid, "我的信息");
        say(openid, "3");
        assertThat(say(openid, "长沙").content()).contains("想做什么工作");
        say(openid, "0");
        assertThat(workers.find(worker.getId()).orElseThrow().getIntendedArea()).isEqualTo(WorkArea.IN_PROVINCE);
    }

    @Test
    void anObjectionFromTheMainMenuAsksForTheNumberOnTheList() {
        String openid = newOpenid();
        assertThat(say(openid, "异议").content()).contains("名单上的编号");
        assertThat(say(openid, "不知道").content()).contains("编号数字");
        assertThat(say(openid, "1024").content()).contains("请说明您的异议");
    }

    private Worker registered(String openid) {
        Worker worker = workers.register(new NewWorker("向词", randomIdNumber(), "13800003333", village.getCode(), false));
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker.getId());
        return worker;
    }
}
