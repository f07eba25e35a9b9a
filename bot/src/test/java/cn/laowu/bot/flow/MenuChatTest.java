package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The menu offers what a worker comes back for: registering, their card, the nearest office. */
class MenuChatTest extends PortalTestSupport {

    @Test
    void theTextMenuOffersRegistrationMyInfoAndTheServiceStations() {
        assertThat(say(newOpenid(), "菜单").content())
                .contains("7. 实名登记").contains("8. 我的信息").contains("9. 就业服务站");
        assertThat(say(newOpenid(), "7").content()).contains("实名登记").contains("第1步");
        assertThat(say(newOpenid(), "8").content()).contains("您还没有实名登记");
        assertThat(say(newOpenid(), "9").content()).contains("请把您的位置发给我");
    }

    @Test
    void theirMenuKeysAreAnswered() {
        assertThat(click(newOpenid(), "REGISTER")).contains("第1步");
        assertThat(click(newOpenid(), "MY_INFO")).contains("您还没有实名登记");
        assertThat(click(newOpenid(), "NEARBY")).contains("请把您的位置发给我");
    }

    @Test
    void askingWhereTheAllowanceListIsPostedIsAnswered() {
        assertThat(say(newOpenid(), "公示").content()).contains("补贴公示名单").contains("回复 异议");
        assertThat(say(newOpenid(), "补贴公示在哪里看").content()).contains("补贴公示名单");
    }

    private String click(String openid, String key) {
        return client().send(CallbackClient.event(ACCOUNT, openid, Instant.now().getEpochSecond(), "CLICK", key), false)
                .content();
    }
}
