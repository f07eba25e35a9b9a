package cn.laowu.bot.flow.register;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.DialogState;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault run (issue 26): an instance killed while it finished a registration left the card written and
 * the follower unbound, or bound with the reply unsent; WeChat's retry ran the last step again from the
 * state before it and told the worker "这个身份证号刚刚已经登记过了,请回复 实名登记 重新核对". The last step now
 * writes the card and the binding together, and the same step run again by the follower who holds the card
 * is answered 登记好了.
 */
class RegistrationRetryTest extends PortalTestSupport {

    @Autowired
    RegistrationFlow registration;
    @Autowired
    RegionService regions;
    @Autowired
    FollowerService followers;
    @Autowired
    WorkerService workers;

    @Test
    void theLastStepRunAgainFromTheStateBeforeItIsStillRegistered() {
        int n = nextRegionNumber();
        String p = String.format("8%03d00", n);
        regions.create(p, "重试州" + n, null, 0);
        regions.create(p.substring(0, 4) + "01", "重试县" + n, p, 0);
        regions.create(p.substring(0, 4) + "01101", "重试镇" + n, p.substring(0, 4) + "01", 0);
        Region village = regions.create(p.substring(0, 4) + "01101201", "重试村" + n, p.substring(0, 4) + "01101", 0);
        String openid = newOpenid();
        followers.subscribed(APPID, openid, null);
        ChineseIdNumber id = randomIdNumber();
        // The turn as the killed instance ran it, and as the retry runs it: both from the state before the last step.
        DialogContext first = atTheLastStep(openid, id, village);
        DialogContext retry = atTheLastStep(openid, id, village);

        assertThat(registration.handle(first, UserInput.text("0")).text()).contains("登记好了");
        assertThat(registration.handle(retry, UserInput.text("0")).text()).contains("登记好了").doesNotContain("重新核对");
        assertThat(followers.find(APPID, openid).orElseThrow().getWorkerId())
                .isEqualTo(workers.findByIdNumber(id.value()).orElseThrow().getId());
    }

    private DialogContext atTheLastStep(String openid, ChineseIdNumber id, Region village) {
        DialogContext ctx = new DialogContext(APPID, "测试公众号", null, openid, new DialogState());
        registration.start(ctx);
        for (String answer : List.of("重试人", id.value(), "13900008888", village.getName(), "1", "5")) {
            registration.handle(ctx, UserInput.text(answer));
        }
        assertThat(ctx.state().getStep()).isEqualTo("wish");
        return ctx;
    }
}
