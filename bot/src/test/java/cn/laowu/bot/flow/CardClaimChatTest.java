package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who knows a worker's name and ID number (no secret in China) tries to take over their
 * chat identity from another WeChat account: only the phone on the card binds, guesses are
 * limited per card and day, the account already bound hears of it, and until then the newcomer
 * sees and changes nothing.
 */
class CardClaimChatTest extends PortalTestSupport {


    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;

    private Region village;
    private String name;
    private ChineseIdNumber id;
    private String phone;
    private String owner;
    private Worker worker;

    @BeforeEach
    void aWorkerBoundToTheirOwnAccount() {
        int n = nextRegionNumber();
        String p = String.format("5%03d00", n);
        regions.create(p, "关联州" + n, null, 0);
        Region county = regions.create(p.substring(0, 4) + "01", "关联县" + n, p, 0);
        Region township = regions.create(county.getCode() + "101", "关联镇" + n, county.getCode(), 0);
        village = regions.create(township.getCode() + "201", "关联村" + n, township.getCode(), 0);
        name = "卡主" + (char) ('甲' + ThreadLocalRandom.current().nextInt(10));
        id = randomIdNumber();
        phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        worker = workers.register(new NewWorker(name, id, phone, village.getCode(), false));
        owner = newOpenid();
        followers.seen(APPID, owner);
        followers.bindWorker(APPID, owner, worker.getId());
        // The owner wrote lately, so WeChat's 48-hour window is open for customer-service messages.
        assertThat(say(owner, "我的信息").content()).contains(name);
    }

    @Test
    void theRightPhoneBindsAndTheAccountAlreadyBoundIsTold() {
        String second = newOpenid();
        claim(second);
        assertThat(say(second, "12345").content()).contains("11位数字").contains("登记时留的手机号");
        assertThat(say(second, "+86 " + phone).content()).contains("核对无误").contains("已经为您关联好了");
        assertThat(followers.find(APPID, second).orElseThrow().getWorkerId()).isEqualTo(worker.getId());
        assertThat(followers.find(APPID, owner).orElseThrow().getWorkerId()).isEqualTo(worker.getId());

        RecordedCall told = WECHAT.awaitCall(call -> call.isTo("/message/custom/send") && call.body().contains(owner)
                && call.body().contains("关联了一个新的微信号"), Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("the account already bound was not told"));
        assertThat(told.body()).doesNotContain(phone).doesNotContain(id.value());
        assertThat(WECHAT.calls()).noneMatch(call -> call.body().contains(second) && call.body().contains("关联了一个新的微信号"));
        assertThat(say(second, "我的信息").content()).contains(name).contains(id.masked());
    }

    @Test
    void threeWrongPhonesLockTheCardForTheDayForEveryAccount() {
        String impostor = newOpenid();
        claim(impostor);
        assertThat(say(impostor, "13900000001").content()).contains("对不上").contains("还能再试2次");
        assertThat(say(impostor, "13900000002").content()).contains("还能再试1次");
        assertThat(say(impostor, "13900000003").content()).contains("今天不能再试").contains("乡镇社会保障站");
        assertThat(followers.find(APPID, impostor).map(f -> f.getWorkerId())).isEmpty();

        // Another account, even with the right phone, cannot go on guessing today.
        String another = newOpenid();
        say(another, "实名登记");
        say(another, name);
        assertThat(say(another, id.value()).content()).contains("今天不能再试");
        assertThat(say(another, phone).content()).doesNotContain("关联好了");
        assertThat(followers.find(APPID, another).map(f -> f.getWorkerId())).isEmpty();

        WECHAT.awaitCall(call -> call.isTo("/message/custom/send") && call.body().contains(owner)
                && call.body().contains("连续3次"), Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("the account already bound was not told of the lock"));
    }

    @Test
    void theImpostorSeesNoApplicationsAndCannotChangeThePhone() {
        String impostor = newOpenid();
        claim(impostor);
        say(impostor, "13900000009");
        assertThat(say(impostor, "取消").content()).doesNotContain("关联好了");

        assertThat(say(impostor, "我的报名").content()).contains("还没有实名登记");
        assertThat(say(impostor, "我的信息").content()).contains("还没有实名登记").doesNotContain(name);
        say(impostor, "1");
        say(impostor, "13911112222");
        Worker after = workers.find(worker.getId()).orElseThrow();
        assertThat(workers.phoneMatches(after, phone)).isTrue();
        assertThat(workers.phoneMatches(after, "13911112222")).isFalse();
    }

    @Test
    void aCardWithNoPhoneIsBoundAtTheTownshipOffice() {
        ChineseIdNumber noPhoneId = randomIdNumber();
        Worker noPhone = workers.register(new NewWorker(name, noPhoneId, null, village.getCode(), false));
        String someone = newOpenid();
        say(someone, "实名登记");
        say(someone, name);
        assertThat(say(someone, noPhoneId.value()).content()).contains("没有留手机号").contains("乡镇社会保障站");
        assertThat(say(someone, "13900000000").content()).doesNotContain("关联好了");
        assertThat(followers.find(APPID, someone).map(f -> f.getWorkerId())).isEmpty();
        assertThat(noPhone.getId()).isNotNull();
    }

    private void claim(String openid) {
        say(openid, "实名登记");
        say(openid, name);
        assertThat(say(openid, id.value()).content()).contains("登记时留的手机号").doesNotContain("关联好了");
    }
}
