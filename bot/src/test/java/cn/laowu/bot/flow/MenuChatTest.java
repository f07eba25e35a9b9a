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

    /** Issue 23 item 16: every "my" view and a person are reachable from the text menu, paged, and by menu keys. */
    @Test
    void theTextMenuPagesToMyComplaintsTrainingClaimsAndAPerson() {
        String first = say(newOpenid(), "菜单").content();
        assertThat(first).contains("9. 就业服务站").doesNotContain("10.").contains("回复 更多")
                .contains("我的投诉进度").contains("我的培训").contains("我的补贴申请").contains("找工作人员");
        String openid = newOpenid();
        say(openid, "菜单");
        assertThat(say(openid, "更多").content()).contains("10. 我的投诉进度").contains("11. 我的培训")
                .contains("12. 我的补贴申请").contains("13. 找工作人员").contains("回复 菜单");
        assertThat(say(openid, "10").content()).contains("您还没有投诉记录");
        assertThat(say(newOpenid(), "11").content()).contains("还没有报名培训");
        assertThat(say(newOpenid(), "12").content()).doesNotContain("没有第");
        assertThat(say(newOpenid(), "13").content()).contains("帮您找工作人员");
        assertThat(say(newOpenid(), "14").content()).contains("没有第14项");
    }

    @Test
    void theMenuKeysOfMyViewsAndAPersonAreAnswered() {
        assertThat(click(newOpenid(), "MY_COMPLAINTS")).contains("您还没有投诉记录");
        assertThat(click(newOpenid(), "MY_TRAINING")).contains("还没有报名培训");
        assertThat(click(newOpenid(), "MY_CLAIMS")).doesNotContain("请回复数字");
        assertThat(click(newOpenid(), "HUMAN")).contains("帮您找工作人员");
        assertThat(click(newOpenid(), "ALLOWANCE_NOTICE")).contains("补贴公示名单");
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
