package cn.laowu.bot.conversation;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.devkit.servers.EmbeddedRedis;
import cn.laowu.devkit.servers.FreePort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis away and back, against the real callback: while it is down every message still gets an
 * answer (never a 5xx) — the menu and policy answers as usual, "busy" where a dialog would need
 * memory — and what has value lands in MySQL; when it returns, dialogs work again by themselves.
 */
@ContextConfiguration(initializers = RedisOutageTest.RedisWhereNothingListensYet.class)
// Closed after the class: nothing of a context whose Redis is gone keeps running beside the other tests.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RedisOutageTest extends PortalTestSupport {

    private static final int REDIS_PORT = FreePort.find();

    @Autowired
    FollowerService followers;

    /** Points this context's Redis at a port nobody listens on, until the test starts one there. */
    static class RedisWhereNothingListensYet implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(redisTheTestControls(REDIS_PORT));
        }
    }

    @Test
    void withoutRedisWorkersStillGetAnswersAndWhenItReturnsDialogsResume() {
        String openid = newOpenid();
        CallbackClient.Response menu = say(openid, "菜单");
        assertThat(menu.status()).isEqualTo(200);
        assertThat(menu.content()).contains("1. 找工作");
        assertThat(say(openid, "路费补贴怎么领").content()).as("a policy question needs no dialog memory")
                .contains("路费").doesNotContain("系统繁忙");
        assertThat(say(openid, "实名登记").content()).contains("系统繁忙");
        CallbackClient.Response subscribed = client().send(CallbackClient.event(ACCOUNT, openid,
                Instant.now().getEpochSecond(), "subscribe", ""), false);
        assertThat(subscribed.status()).isEqualTo(200);
        assertThat(followers.find(APPID, openid)).as("the follower is recorded in MySQL all the same").isPresent();

        EmbeddedRedis redis = EmbeddedRedis.start(REDIS_PORT);
        // Stopped with the JVM, after the context and its sender have stopped using it.
        Runtime.getRuntime().addShutdownHook(new Thread(redis::close));
        assertThat(say(openid, "实名登记").content()).contains("第1步");
        assertThat(say(openid, "张三").content()).as("the dialog remembers its step again").contains("第2步");
    }
}
