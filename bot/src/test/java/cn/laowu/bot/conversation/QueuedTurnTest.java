package cn.laowu.bot.conversation;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.TestFlows;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.support.RedisKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A turn that waits in the dialog workers' queue (every worker busy: on a loaded machine, a
 * database stalled by a broadcast being written) keeps its follower's turn: its lease is renewed
 * from the moment the message was claimed, so when it finally runs it still writes its step, and
 * the follower's next answer continues from there. Found by the fault run, where seven followers'
 * registrations lost their first step this way.
 */
@TestPropertySource(properties = "laowu.wechat.worker-threads=1")
class QueuedTurnTest extends PortalTestSupport {

    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;
    @Autowired
    WeChatProperties settings;

    @Test
    void aTurnQueuedLongerThanItsLeaseStillWritesItsStep() {
        TestFlows.HELD = new CountDownLatch(1);
        String busy = newOpenid();
        String waiting = newOpenid();
        String turnKey = keys.key("{" + APPID + ":" + waiting + "}", "turn");
        Duration lease = ConversationService.claimLease(settings);
        try {
            // The only worker is taken by a turn that will not end until the latch opens.
            assertThat(client().send(CallbackClient.text(ACCOUNT, busy, newMsgId(), "闩住"), false).isSuccess()).isTrue();
            // This follower's message is claimed, its turn taken, and it waits in the queue past the budget.
            assertThat(client().send(CallbackClient.text(ACCOUNT, waiting, newMsgId(), "实名登记"), false).isSuccess())
                    .isTrue();
            // Longer than the turn's lease: without renewal from the claim on, the lock would be gone.
            await().pollDelay(lease.plusSeconds(1)).atMost(lease.plusSeconds(30)).until(() -> true);
            assertThat(redis.hasKey(turnKey)).as("the queued turn still holds the follower's turn").isTrue();
        } finally {
            TestFlows.HELD.countDown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !redis.hasKey(turnKey));
        assertThat(say(waiting, "张小三").content()).as("the next answer continues from the step the queued turn wrote")
                .contains("第2步");
    }
}
