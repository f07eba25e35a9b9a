package cn.laowu.bot.redis;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.conversation.ConversationStore;
import cn.laowu.bot.flow.register.CardClaims;
import cn.laowu.bot.outbound.SendRate;
import cn.laowu.bot.outbound.ServiceWindow;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.account.OfficialAccounts;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.support.RedisKeys;
import cn.laowu.devkit.servers.RedisProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every part of the platform that uses Redis, exercised against a Redis topology the test starts
 * (a cluster, or a master with a replica under Sentinel): the callback's replay guard,
 * de-duplication and dialog state, the per-follower rate count, the shared access token and its
 * refresh lock, the accounts' send rates (a two-key script), the customer-service windows (a
 * multi-key read) and the card-claim counter.
 */
// Closed after the class: its Redis goes with it, and other tests must not share it.
@DirtiesContext
abstract class RedisTopologySupport extends PortalTestSupport {

    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;
    @Autowired
    ConversationStore conversations;
    @Autowired
    SendRate sendRate;
    @Autowired
    ServiceWindow windows;
    @Autowired
    CardClaims cardClaims;
    @Autowired
    WeChatProperties properties;
    @Autowired
    OfficialAccounts officials;

    /** For {@code @EnabledIf}: skips (loudly) where the machine has no redis-server to start. */
    static boolean redisServerInstalled() {
        boolean installed = RedisProcess.binary().isPresent();
        if (!installed) {
            System.err.println("""
                    ************************************************************************
                    SKIPPED: Redis Cluster / Sentinel tests need redis-server on PATH
                    (apt-get install -y redis-server, or set LAOWU_REDIS_SERVER).
                    ************************************************************************""");
        }
        return installed;
    }

    /** Like {@link #redisTheTestControls}, with Redis given by these Spring properties instead of host and port. */
    static MapPropertySource redisAt(Map<String, Object> redisProperties) {
        Map<String, Object> all = new HashMap<>(redisProperties);
        all.put("spring.data.redis.timeout", "1s");
        all.put("spring.data.redis.connect-timeout", "1s");
        // The outbox sender would claim other tests' deliveries from the shared database.
        all.put("laowu.wechat.outbox.enabled", "false");
        return new MapPropertySource("redisTopology", all);
    }

    /** Starts a registration and takes it to step 2; returns the message id of the step-2 answer. */
    long startRegistration(String openid) {
        assertThat(say(openid, "实名登记").content()).contains("第1步");
        long msgId = newMsgId();
        assertThat(send(openid, msgId, "张三").content()).contains("第2步");
        return msgId;
    }

    CallbackClient.Response send(String openid, long msgId, String text) {
        return client().send(CallbackClient.text(ACCOUNT, openid, msgId, text), false);
    }

    void everyRedisUseWorks() {
        // Callback: replay guard, de-duplication, dialog state, all in the follower's slot.
        String openid = newOpenid();
        long msgId = startRegistration(openid);
        assertThat(send(openid, msgId, "张三").content()).as("WeChat's retry gets the same answer, not a new step")
                .contains("第2步");
        assertThat(say(openid, randomIdNumber().value()).content()).contains("第3步");

        // The follower's rate count: one more per message.
        ConversationStore.Follower follower = new ConversationStore.Follower(APPID, newOpenid());
        var first = (ConversationStore.Begin.Fresh) conversations.begin(follower, null, "d1", true, Duration.ofSeconds(30), "turn-1", Duration.ofSeconds(5));
        var second = (ConversationStore.Begin.Fresh) conversations.begin(follower, null, "d2", true, Duration.ofSeconds(30), "turn-2", Duration.ofSeconds(5));
        assertThat(second.messagesThisMinute()).isEqualTo(first.messagesThisMinute() + 1);
        assertThat(conversations.begin(follower, null, "d1", true, Duration.ofSeconds(30), "turn-3", Duration.ofSeconds(5)))
                .isInstanceOf(ConversationStore.Begin.Duplicate.class);

        // One access token for two instances, fetched under WxJava's Redis lock.
        RedisKeys isolated = new RedisKeys(keys.prefix() + "token-" + UUID.randomUUID() + ":");
        WeChatAccounts one = new WeChatAccounts(properties, officials, redis, isolated, false);
        WeChatAccounts other = new WeChatAccounts(properties, officials, redis, isolated, false);
        long tokensBefore = WECHAT.tokensIssued();
        String oneAsks = newOpenid();
        String otherAsks = newOpenid();
        // Any call that needs the token; sending is the outbox's alone.
        assertThat(openidOf(one, oneAsks)).isEqualTo(oneAsks);
        assertThat(openidOf(other, otherAsks)).isEqualTo(otherAsks);
        assertThat(WECHAT.tokensIssued() - tokensBefore).isEqualTo(1);

        // Send rates: the per-second count and the mass-send script over two keys of one account.
        String appid = "wxrate" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        try {
            assertThat(sendRate.take(appid, 100)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(sendRate.takeMass(appid)).isZero();
        assertThat(sendRate.massWait(appid)).isZero();

        // Customer-service windows: one read of many followers' keys (in many slots).
        String open = newOpenid();
        windows.opened(APPID, open);
        assertThat(windows.among(List.of(delivery(open), delivery(newOpenid()), delivery(newOpenid()))).open())
                .containsExactly(APPID + " " + open);

        // Wrong phones per card and day.
        long card = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        assertThat(cardClaims.wrongPhone(card)).as("three tries a day, one used").isEqualTo(2);
        assertThat(cardClaims.locked(card)).isFalse();
    }

    private static Delivery delivery(String openid) {
        Delivery delivery = new Delivery();
        delivery.setAppid(APPID);
        delivery.setOpenid(openid);
        return delivery;
    }

    private static String openidOf(WeChatAccounts accounts, String openid) {
        try {
            return accounts.get(APPID).api().getUserService().userInfo(openid).getOpenId();
        } catch (me.chanjar.weixin.common.error.WxErrorException e) {
            throw new AssertionError(e);
        }
    }
}
