package cn.laowu.bot.redis;

import cn.laowu.bot.BotTestApplication;
import cn.laowu.bot.TestFlows;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.devkit.test.IntegrationServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the bot (two application contexts in this JVM, one database, one Redis) and
 * one follower whose two answers arrive at the same moment, one at each instance, as WeChat may
 * push them: both are handled, in order, and the registration stands at the step after both.
 */
@Disabled("Needs issue 27's per-follower turn lock (branch harden): without it both turns read the same "
        + "dialog state and one answer is lost. Enable after merging harden.")
class TwoInstancesOneFollowerTest {

    private static final String APPID = "wxtest0000000001";
    private static final String TOKEN = "testtoken";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);
    private static final FakeWeChatApi WECHAT = FakeWeChatApi.start();
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = instance();
        second = instance();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        WECHAT.close();
    }

    private static ConfigurableApplicationContext instance() {
        Map<String, Object> properties = new HashMap<>(IntegrationServers.get().springProperties());
        properties.put("server.port", "0");
        properties.put("laowu.wechat.api-host", WECHAT.baseUrl());
        // The outbox sender would claim other tests' deliveries from the shared database.
        properties.put("laowu.wechat.outbox.enabled", "false");
        return new SpringApplicationBuilder(BotTestApplication.class, TestFlows.class).properties(properties).run();
    }

    private static CallbackClient client(ConfigurableApplicationContext instance) {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return new CallbackClient("http://127.0.0.1:" + port, APPID, TOKEN, AES_KEY);
    }

    private static CallbackClient.Response say(ConfigurableApplicationContext instance, String openid, String text) {
        return client(instance).send(CallbackClient.text("gh_test", openid, MSG_IDS.incrementAndGet(), text), false);
    }

    @Test
    void simultaneousAnswersOnTwoInstancesAreHandledInOrder() {
        String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        assertThat(say(first, openid, "实名登记").content()).contains("第1步");
        String id = "433101199001011234".substring(0, 17);
        String idNumber = id + ChineseIdNumber.checkChar(id);

        CompletableFuture<CallbackClient.Response> name = CompletableFuture.supplyAsync(() -> say(first, openid, "张同时"));
        // 20 ms later, as WeChat pushes a follower's next message before the first is answered.
        CompletableFuture<CallbackClient.Response> number = CompletableFuture.supplyAsync(
                () -> say(second, openid, idNumber), CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS));
        assertThat(name.join().status()).isEqualTo(200);
        assertThat(number.join().status()).isEqualTo(200);

        assertThat(say(second, openid, "13900001111").content()).as("both answers kept: the phone is step 3's answer")
                .contains("第4步");
    }
}
