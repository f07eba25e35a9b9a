package cn.laowu.bot.account;

import cn.laowu.core.account.OfficialAccounts;
import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.support.ConfigurationProblem;
import cn.laowu.core.support.RedisKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MenuAndTokenTest extends PortalTestSupport {

    @Autowired
    MenuPublisher menus;
    @Autowired
    WeChatProperties properties;

    @Autowired
    OfficialAccounts officials;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;

    @Test
    void publishesTheConfiguredMenuToEveryAccount() {
        assertThat(menus.publishToAll()).containsExactly(APPID, "wxb11529c136998cb6");
        assertThat(WECHAT.lastMenu()).contains("\"name\":\"找工作\"").contains("\"key\":\"JOBS\"")
                .contains("\"sub_button\"").contains("投诉维权");
    }

    @Test
    void refusesMenusWeChatWouldRefuse() {
        var click = new WeChatProperties.MenuButton("找工作", "JOBS", null, null);
        assertThatThrownBy(() -> MenuPublisher.build(List.of(click, click, click, click)))
                .isInstanceOf(ConfigurationProblem.class).hasMessageContaining("1 to 3");
        assertThatThrownBy(() -> MenuPublisher.build(List.of(new WeChatProperties.MenuButton("找一份好工作", "J", null, null))))
                .hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> MenuPublisher.build(List.of(new WeChatProperties.MenuButton("办事", null, null,
                List.of(click, click, click, click, click, click))))).hasMessageContaining("6 sub-buttons");
        assertThatThrownBy(() -> MenuPublisher.build(List.of(new WeChatProperties.MenuButton("空", null, null, null))))
                .hasMessageContaining("needs a key");
    }

    @Test
    void twoInstancesShareOneAccessTokenThroughRedis() throws Exception {
        RedisKeys isolated = new RedisKeys(keys.prefix() + "token-" + UUID.randomUUID() + ":");
        WeChatAccounts first = new WeChatAccounts(properties, officials, redis, isolated, false);
        WeChatAccounts second = new WeChatAccounts(properties, officials, redis, isolated, false);
        long before = WECHAT.tokensIssued();
        String one = newOpenid();
        String two = newOpenid();

        // Any call that needs the token; sending is the outbox's alone.
        assertThat(first.get(APPID).api().getUserService().userInfo(one).getOpenId()).isEqualTo(one);
        assertThat(second.get(APPID).api().getUserService().userInfo(two).getOpenId()).isEqualTo(two);

        assertThat(WECHAT.tokensIssued() - before).isEqualTo(1);
    }

    @Test
    void productionRefusesTheDemoAccountWhosesTokenIsPublic() {
        WeChatProperties demo = new WeChatProperties(null, null, null, null, null, null, null, null, null,
                List.of(new WeChatProperties.Account(WeChatAccounts.DEMO_APPID, "s", "laowu-demo-token", null, null, null)),
                null);
        assertThatThrownBy(() -> new WeChatAccounts(demo, new OfficialAccounts(List.of()), redis, keys, false))
                .isInstanceOf(ConfigurationProblem.class).hasMessageContaining("demo");
        assertThat(new WeChatAccounts(demo, new OfficialAccounts(List.of()), redis, keys, true).find(WeChatAccounts.DEMO_APPID)).isPresent();
    }
}
