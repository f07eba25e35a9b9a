package cn.laowu.bot.conversation;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.TestFlows;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.support.RedisKeys;
import cn.laowu.devkit.fakewechat.RecordedCall;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** De-duplication, the reply budget, rate limits and every kind of event, end to end. */
class ConversationTest extends PortalTestSupport {

    @Autowired
    FollowerService followers;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;
    @Autowired
    ConversationStore store;
    @Autowired
    WeChatProperties settings;

    @Test
    void aClaimLeftByAKilledInstanceLapsesInTimeForWeChatsRetriesAndTheMessageRunsOnce() {
        String openid = newOpenid();
        long msgId = newMsgId();
        String xml = CallbackClient.text(ACCOUNT, openid, msgId, "计数");
        int before = TestFlows.COUNTED.get();
        // An instance claimed the delivery and was killed (kill -9) before answering: only its claim is left.
        // It held the follower's turn too, which lapses as soon (nothing renews it).
        store.begin(new ConversationStore.Follower(APPID, openid), null, "m" + msgId, true, ConversationService.claimLease(settings),
                "turn-of-the-killed-instance", ConversationService.claimLease(settings));

        // WeChat retries up to three times; each waits out the budget while the claim looks alive.
        String reply = "";
        for (int retry = 0; retry < 3 && reply.isEmpty(); retry++) {
            CallbackClient.Response response = client().send(xml, false);
            reply = response.isSuccess() ? "" : response.content();
        }
        assertThat(reply).as("a retry ran the message").isEqualTo("第" + (before + 1) + "次");
        assertThat(TestFlows.COUNTED.get()).isEqualTo(before + 1);
        // Later retries get that reply and cause nothing.
        assertThat(client().send(xml, false).content()).isEqualTo("第" + (before + 1) + "次");
        assertThat(TestFlows.COUNTED.get()).isEqualTo(before + 1);
        assertThat(ConversationService.claimLease(settings)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void theSameMessageThreeTimesAtOnceHasOneEffectAndThreeIdenticalReplies() throws Exception {
        String xml = CallbackClient.text(ACCOUNT, newOpenid(), newMsgId(), "计数");
        int before = TestFlows.COUNTED.get();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<CallbackClient.Response>> responses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return client().send(xml, false);
                }));
            }
            start.countDown();
            List<String> replies = new ArrayList<>();
            for (Future<CallbackClient.Response> response : responses) {
                replies.add(response.get().content());
            }
            assertThat(TestFlows.COUNTED.get()).isEqualTo(before + 1);
            assertThat(replies).containsOnly("第" + (before + 1) + "次");
        } finally {
            pool.shutdownNow();
        }
        // A later retry, in safe mode this time, still gets the same answer and causes nothing.
        assertThat(client().send(xml, true).content()).isEqualTo("第" + (before + 1) + "次");
        assertThat(TestFlows.COUNTED.get()).isEqualTo(before + 1);
    }

    @Test
    void aHandlerThatOverrunsTheBudgetAnswersSuccessAndThenSendsACustomerServiceMessage() {
        String openid = newOpenid();
        String xml = CallbackClient.text(ACCOUNT, openid, newMsgId(), "慢一点");
        TestFlows.SLOW = new CountDownLatch(1);
        CallbackClient.Response first;
        try {
            first = client().send(xml, false);
        } finally {
            TestFlows.SLOW.countDown();
        }
        assertThat(first.isSuccess()).as("answered 'success' within the budget").isTrue();

        RecordedCall sent = WECHAT.awaitCall(call -> call.isTo("/message/custom/send") && call.body().contains(openid),
                Duration.ofSeconds(10)).orElseThrow(() -> new AssertionError("no customer-service message"));
        assertThat(sent.appid()).isEqualTo(APPID);
        assertThat(sent.body()).contains(TestFlows.SLOW_REPLY).contains("\"msgtype\":\"text\"");

        // WeChat's retry gets "success" again and does not run the slow flow a second time.
        assertThat(client().send(xml, false).isSuccess()).isTrue();
        assertThat(WECHAT.callsTo("/message/custom/send").stream().filter(c -> c.body().contains(openid))).hasSize(1);
        // The dialog state the slow handler left was kept.
        assertThat(say(openid, "好").content()).isEqualTo("慢流程已结束");
    }

    @Test
    void aFollowerWhoFloodsIsAskedOnceToSlowDownThenIgnoredUntilTheMinuteIsOver() {
        String openid = newOpenid();
        for (int i = 0; i < 20; i++) {
            assertThat(say(openid, "你好").content()).contains("请回复数字");
        }
        assertThat(say(openid, "你好").content()).isEqualTo(ConversationService.SLOW_DOWN);
        assertThat(say(openid, "你好").isSuccess()).isTrue();
        assertThat(say(newOpenid(), "你好").content()).as("others are not affected").contains("请回复数字");
    }

    @Test
    void subscribeThroughAQrCodeKeepsTheSceneAndUnsubscribeIsRecorded() {
        String openid = newOpenid();
        CallbackClient.Response welcome = client().send(CallbackClient.event(ACCOUNT, openid,
                Instant.now().getEpochSecond(), "subscribe", "qrscene_broker_42"), false);
        assertThat(welcome.content()).contains("欢迎关注测试公众号").contains("1. 找工作");
        Follower follower = followers.find(APPID, openid).orElseThrow();
        assertThat(follower.getSubscribed()).isTrue();
        assertThat(follower.getSubscribeScene()).isEqualTo("broker_42");

        CallbackClient.Response bye = client().send(CallbackClient.event(ACCOUNT, openid,
                Instant.now().getEpochSecond() + 1, "unsubscribe", ""), true);
        assertThat(bye.isSuccess()).isTrue();
        assertThat(followers.find(APPID, openid).orElseThrow().getSubscribed()).isFalse();
    }

    @Test
    void voiceUsesTheRecognitionTextOrSaysKindlyThatItWasNotUnderstood() {
        String openid = newOpenid();
        // The recognised words start the complaint dialog, which a second voice below must not be inside.
        assertThat(client().send(CallbackClient.voice(ACCOUNT, newOpenid(), newMsgId(), "老板跑了工资不发"), false).content())
                .contains("每件投诉都有档案");
        assertThat(client().send(CallbackClient.voice(ACCOUNT, openid, newMsgId(), null), false).content())
                .contains("没听清").contains("1. 找工作");
    }

    @Test
    void imagesLocationsMenuClicksAndQuietEvents() {
        String openid = newOpenid();
        long t = Instant.now().getEpochSecond();
        assertThat(client().send(CallbackClient.image(ACCOUNT, openid, newMsgId()), false).content()).contains("收到您的图片");
        assertThat(client().send(CallbackClient.location(ACCOUNT, openid, newMsgId(), 28.31, 109.74, "吉首市"), false)
                .content()).contains("就业服务站");
        assertThat(client().send(CallbackClient.event(ACCOUNT, openid, t, "CLICK", "POLICY"), false).content())
                .contains("政策咨询,请回复序号");
        assertThat(client().send(CallbackClient.event(ACCOUNT, openid, t, "VIEW", "https://example.org"), false)
                .isSuccess()).isTrue();
        assertThat(client().send(CallbackClient.event(ACCOUNT, openid, t, "LOCATION", ""), false).isSuccess()).isTrue();
        assertThat(client().send(CallbackClient.event(ACCOUNT, openid, t, "SCAN", "job_7"), false).content())
                .contains("欢迎回来");
    }

    @Test
    void templateSendResultsArePublishedForTheOutbox() {
        String openid = newOpenid();
        String xml = "<xml><ToUserName>" + ACCOUNT + "</ToUserName><FromUserName>" + openid + "</FromUserName>"
                + "<CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime><MsgType>event</MsgType>"
                + "<Event>TEMPLATESENDJOBFINISH</Event><MsgID>200163836</MsgID><Status>failed:user block</Status></xml>";
        assertThat(client().send(xml, false).isSuccess()).isTrue();
        assertThat(TestFlows.TEMPLATE_RESULTS).anySatisfy(event -> {
            assertThat(event.openid()).isEqualTo(openid);
            assertThat(event.msgId()).isEqualTo("200163836");
            assertThat(event.status()).isEqualTo("failed:user block");
        });
    }

    @Test
    void dialogStateExpiresAfterTheIdleTimeout() {
        String openid = newOpenid();
        say(openid, "政策咨询");
        Long ttl = redis.getExpire(keys.key("{" + APPID + ":" + openid + "}", "dialog"));
        assertThat(ttl).isBetween(Duration.ofMinutes(29).toSeconds(), Duration.ofMinutes(30).toSeconds());
        say(openid, "取消");
        assertThat(redis.hasKey(keys.key("{" + APPID + ":" + openid + "}", "dialog"))).isFalse();
    }
}
