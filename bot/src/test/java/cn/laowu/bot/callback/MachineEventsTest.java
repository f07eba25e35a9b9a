package cn.laowu.bot.callback;

import cn.laowu.bot.TestFollowers;
import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.broadcast.NoticeOptIns;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.DeliveryStatus;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RedisKeys;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events WeChat's machines send, posted as signed XML to the real endpoint, reach their handlers
 * without the dialog machinery: no delivery claim, turn, rate count or dialog state in Redis, and
 * no signed-query memo (which the claim's round trip writes).
 */
class MachineEventsTest extends PortalTestSupport {

    @Autowired
    Outbox outbox;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    RegionService regions;
    @Autowired
    NoticeOptIns optIns;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;

    @Test
    void aTemplateFinishEventSettlesItsDeliveryAndTouchesNoDialogState() {
        String openid = newOpenid();
        long worker = follower(openid);
        String source = "finish:" + openid;
        transaction.executeWithoutResult(s -> outbox.toWorker(worker,
                Message.single(source, "事项", "已办结", null, "正文")));
        Delivery sent = awaitRow(source, d -> d.getStatus() == DeliveryStatus.SENT);
        assertThat(sent.getWxMsgId()).isNotBlank();
        Set<String> signedBefore = redis.keys(keys.key("wx-signed", APPID, "*"));

        String xml = event(openid, "<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>" + sent.getWxMsgId()
                + "</MsgID><Status><![CDATA[success]]></Status>");
        assertThat(client().send(xml, true).isSuccess()).isTrue();

        assertThat(outbox.ofSource(source).get(0).getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(redis.keys("*{" + APPID + ":" + openid + "}*")).as("claim, turn, rate, dialog state").isEmpty();
        assertThat(redis.keys(keys.key("wx-signed", APPID, "*"))).as("no signed-query memo")
                .containsExactlyInAnyOrderElementsOf(signedBefore);
    }

    @Test
    void aPopUpAnswerIsRecordedWithoutTheDialog() {
        String openid = newOpenid();
        String xml = event(openid, "<Event><![CDATA[subscribe_msg_popup_event]]></Event><SubscribeMsgPopupEvent><List>"
                + "<TemplateId><![CDATA[test-job-template]]></TemplateId><SubscribeStatusString><![CDATA[accept]]>"
                + "</SubscribeStatusString><PopupScene>2</PopupScene></List></SubscribeMsgPopupEvent>");
        assertThat(client().send(xml, false).isSuccess()).isTrue();
        assertThat(optIns.optedIn(APPID, openid, "test-job-template")).isTrue();
        assertThat(redis.keys("*{" + APPID + ":" + openid + "}*")).isEmpty();
    }

    @Test
    void anUnfollowInTheMiddleOfADialogEndsItWithoutTakingATurn() {
        String openid = newOpenid();
        followers.subscribed(APPID, openid, null);
        assertThat(say(openid, "政策咨询").content()).contains("政策");
        String dialog = keys.key("{" + APPID + ":" + openid + "}", "dialog");
        assertThat(redis.hasKey(dialog)).isTrue();
        Set<String> claimsBefore = redis.keys(keys.key("{" + APPID + ":" + openid + "}", "delivery", "*"));

        String xml = event(openid, "<Event><![CDATA[unsubscribe]]></Event><EventKey><![CDATA[]]></EventKey>");
        assertThat(client().send(xml, false).isSuccess()).isTrue();

        assertThat(followers.find(APPID, openid).orElseThrow().getSubscribed()).isFalse();
        assertThat(redis.hasKey(dialog)).as("the dialog they were in is over").isFalse();
        assertThat(redis.keys(keys.key("{" + APPID + ":" + openid + "}", "delivery", "*"))).as("no claim taken")
                .containsExactlyInAnyOrderElementsOf(claimsBefore);
    }

    private static String event(String openid, String rest) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond()
                + "</CreateTime><MsgType><![CDATA[event]]></MsgType>" + rest + "</xml>";
    }

    private Delivery awaitRow(String source, java.util.function.Predicate<Delivery> done) {
        return TestFollowers.awaitRow(outbox, source, done);
    }

    private long follower(String openid) {
        return TestFollowers.registered(regions, workers, followers, APPID, openid, "事件");
    }
}
