package cn.laowu.bot.conversation;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.TestFlows;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.support.RedisKeys;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One turn at a time per follower: a turn that overran the reply budget (held by a latch) still
 * runs when the follower's next message arrives; that message waits, then continues from the
 * step the slow turn left, and the step is not revived afterwards.
 */
class FollowerTurnTest extends PortalTestSupport {

    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;
    @Autowired
    ConversationStore store;
    @Autowired
    WeChatProperties settings;

    @Test
    void theNextMessageWaitsForATurnThatOverranTheBudgetAndContinuesFromItsStep() {
        TestFlows.HELD = new CountDownLatch(1);
        String openid = newOpenid();
        long first = newMsgId();
        long second = newMsgId();
        try {
            // The first turn overruns: WeChat gets "success" and the turn goes on running.
            assertThat(client().send(CallbackClient.text(ACCOUNT, openid, first, "闩住"), false).isSuccess()).isTrue();
            // The follower's next message arrives while it runs; it waits, past its own budget too,
            // which also keeps the first turn running for longer than the lock's lease (it is renewed).
            CompletableFuture<CallbackClient.Response> next = CompletableFuture.supplyAsync(
                    () -> client().send(CallbackClient.text(ACCOUNT, openid, second, "好"), false));
            assertThat(next.join().isSuccess()).as("the waiting message overran its budget as well").isTrue();
            assertThat(sentTo(openid)).as("nothing ran for the second message yet").isEmpty();
        } finally {
            TestFlows.HELD.countDown();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(openid).size() == 2);
        assertThat(sentTo(openid)).as("in order, the second continuing from the step the first left")
                .containsExactly(TestFlows.HELD_REPLY, "闩住流程已结束");
        // The first turn's step is not revived after the second one ended it.
        assertThat(redis.hasKey(keys.key("{" + APPID + ":" + openid + "}", "dialog"))).isFalse();
        assertThat(say(openid, "好").content()).doesNotContain("闩住流程已结束");
        assertThat(redis.hasKey(keys.key("{" + APPID + ":" + openid + "}", "turn"))).as("the turn is let go").isFalse();
    }

    @Test
    void aTurnThatLostItsLockCannotWriteTheState() {
        ConversationStore.Follower follower = new ConversationStore.Follower(APPID, newOpenid());
        Duration lease = ConversationService.claimLease(settings);
        ConversationStore.Begin.Fresh stale = (ConversationStore.Begin.Fresh) store.begin(follower, null, "m1", true, lease,
                "stale-turn", lease);
        assertThat(stale.turnTaken()).isTrue();
        // Its lease lapsed (here: the key is gone) and a later turn took the follower's turn and wrote a step.
        redis.delete(keys.key("{" + APPID + ":" + follower.openid() + "}", "turn"));
        ConversationStore.Begin.Fresh later = (ConversationStore.Begin.Fresh) store.begin(follower, null, "m2", true, lease,
                "later-turn", lease);
        assertThat(later.turnTaken()).isTrue();
        assertThat(store.finish(follower, "m2", "", lease, "later-state", lease, "later-turn")).isTrue();

        assertThat(store.finish(follower, "m1", "", lease, "stale-state", lease, "stale-turn")).isFalse();
        assertThat(redis.opsForValue().get(keys.key("{" + APPID + ":" + follower.openid() + "}", "dialog")))
                .isEqualTo("later-state");
    }

    /** Not a timing assertion: prints what the lock adds to the two round trips of a turn. */
    @Test
    void printsWhatTheTurnLockCostsPerTurn() {
        DefaultRedisScript<List> oldBegin = new DefaultRedisScript<>("""
                if not redis.call('SET', KEYS[1], 'P', 'NX', 'PX', ARGV[1]) then return {0, 'P'} end
                local count = redis.call('INCR', KEYS[2])
                if count == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
                return {1, count, redis.call('GET', KEYS[3]) or ''}
                """, List.class);
        DefaultRedisScript<Long> oldFinish = new DefaultRedisScript<>("""
                redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
                redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
                return 1
                """, Long.class);
        Duration lease = ConversationService.claimLease(settings);
        int turns = 500;
        for (int round = 0; round < 2; round++) { // the first round warms up
            long withoutLock = 0;
            long withLock = 0;
            for (int i = 0; i < turns; i++) {
                String tag = "{" + APPID + ":bench" + round + "-" + i + "}";
                long t0 = System.nanoTime();
                redis.execute(oldBegin, List.of(keys.key(tag, "delivery", "a"), keys.key(tag, "rate"),
                        keys.key(tag, "dialog")), "5000", "60000");
                redis.execute(oldFinish, List.of(keys.key(tag, "delivery", "a"), keys.key(tag, "dialog")), "D",
                        "60000", "state", "60000");
                long t1 = System.nanoTime();
                ConversationStore.Follower follower = new ConversationStore.Follower(APPID, "bench" + round + "-" + i);
                store.begin(follower, null, "b", true, lease, "t", lease);
                store.finish(follower, "b", "", lease, "state", lease, "t");
                long t2 = System.nanoTime();
                withoutLock += t1 - t0;
                withLock += t2 - t1;
            }
            if (round == 1) {
                System.out.printf("Turn lock: begin+finish %.1f µs per turn with the lock, %.1f µs without (%d turns)%n",
                        withLock / 1000.0 / turns, withoutLock / 1000.0 / turns, turns);
            }
        }
        assertThat(store.takeTurn(new ConversationStore.Follower(APPID, "bench1-0"), "x", lease)).isPresent();
    }

    private List<String> sentTo(String openid) {
        return WECHAT.callsTo("/message/custom/send").stream().filter(c -> c.body().contains(openid))
                .map(RecordedCall::body).map(FollowerTurnTest::text).toList();
    }

    private static String text(String body) {
        int start = body.indexOf("\"content\":\"") + "\"content\":\"".length();
        return body.substring(start, body.indexOf('"', start));
    }
}
