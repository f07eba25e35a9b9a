package cn.laowu.bot.redis;

import cn.laowu.bot.BotTestApplication;
import cn.laowu.bot.TestFlows;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.devkit.test.IntegrationServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the bot (two application contexts in this JVM, one database, one Redis) and
 * one follower: a turn on one instance overran the reply budget and still runs when the follower's
 * next message reaches the other instance; that message waits for the turn, then continues from
 * the step it left (issue 27's per-follower turn lock, across instances).
 */
class TwoInstancesOneFollowerTest {

    private static final String APPID = "wxtest0000000001";
    private static final String TOKEN = "testtoken";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);
    private static final FakeWeChatApi WECHAT = FakeWeChatApi.start();
    private static final String PREFIX = IntegrationServers.get().springProperties().get("laowu.redis.key-prefix")
            + "two-instances:";
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
        // Keys of their own: an access token another test context fetched from another fake API is unknown to this one.
        properties.put("laowu.redis.key-prefix", PREFIX);
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
    void theSecondInstanceWaitsForTheFirstInstancesTurnAndContinuesFromItsStep() {
        String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        TestFlows.HELD = new CountDownLatch(1);
        try {
            // Instance one's turn overruns the reply budget and still holds the follower's turn.
            assertThat(say(first, openid, "闩住").isSuccess()).isTrue();
            // The follower's next message reaches instance two meanwhile: it must wait, not read the old step.
            CompletableFuture<CallbackClient.Response> next = CompletableFuture.supplyAsync(() -> say(second, openid, "好"));
            assertThat(next.join().isSuccess()).as("the waiting message overran its budget as well").isTrue();
            assertThat(sentTo(openid)).as("nothing ran for the second message yet").isEmpty();
        } finally {
            TestFlows.HELD.countDown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> sentTo(openid).size() == 2);
        assertThat(sentTo(openid)).as("in order, instance two continuing from the step instance one left")
                .containsExactly(TestFlows.HELD_REPLY, "闩住流程已结束");
    }

    /**
     * The answers queued for this follower, in the order the turns queued them: both turns overran
     * the budget, so each answer is a late reply in the outbox (these instances run no sender; the
     * order in which a sender then sends a follower's replies is OutboxClaims' and FollowerTurnTest's).
     */
    private static List<String> sentTo(String openid) {
        return first.getBean(JdbcTemplate.class).queryForList("SELECT body FROM delivery WHERE appid = ? AND openid = ? "
                + "AND kind = 'REPLY' ORDER BY id", String.class, APPID, openid);
    }
}
