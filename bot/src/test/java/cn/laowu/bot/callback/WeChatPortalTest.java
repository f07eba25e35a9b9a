package cn.laowu.bot.callback;

import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.bot.protocol.WeChatCrypto;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.core.support.RedisKeys;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The callback as WeChat's servers and attackers reach it: real signed (and encrypted) XML over HTTP. */
class WeChatPortalTest extends PortalTestSupport {

    @Autowired
    FollowerService followers;
    @Autowired
    WeChatProperties settings;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;

    private static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }

    @Test
    void urlVerificationEchoesOnlyWithTheRightSignature() {
        String ts = now();
        assertThat(client().verifyUrl(ts, "n1", WeChatCrypto.sha1(TOKEN, ts, "n1"), "echo123").body()).isEqualTo("echo123");
        CallbackClient.Response forged = client().verifyUrl(ts, "n1", WeChatCrypto.sha1("wrong", ts, "n1"), "echo123");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("echo123");
    }

    @Test
    void plainModeTextGetsAPlainReply() {
        String openid = newOpenid();
        CallbackClient.Response response = say(openid, "你好");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.reply()).containsEntry("ToUserName", openid).containsEntry("FromUserName", ACCOUNT)
                .containsEntry("MsgType", "text");
        assertThat(response.content()).contains("测试公众号").contains("1. 找工作");
    }

    @Test
    void safeModeMessageGetsAnEncryptedReply() {
        CallbackClient.Response response = client().send(CallbackClient.text(ACCOUNT, newOpenid(), newMsgId(),
                "路费补贴怎么领"), true);
        assertThat(response.body()).contains("<Encrypt>").doesNotContain("交通路费补助");
        assertThat(response.content()).contains("交通路费补助");
    }

    @Test
    void theOfficialEncryptionSampleAccountRoundTrips() {
        CallbackClient sample = new CallbackClient("http://127.0.0.1:" + port, "wxb11529c136998cb6", "pamtest",
                "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        CallbackClient.Response response = sample.send(CallbackClient.text("gh_7f083739789a", newOpenid(), newMsgId(),
                "政策咨询"), true);
        assertThat(response.content()).contains("政策咨询,请回复序号");
    }

    @Test
    void aForgedSignatureIsRefusedWithNoSideEffect() {
        String openid = newOpenid();
        String ts = now();
        CallbackClient.Response response = client().send(CallbackClient.event(ACCOUNT, openid, 1, "subscribe", ""),
                false, ts, "nonce", WeChatCrypto.sha1("not-the-token", ts, "nonce"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(followers.find(APPID, openid)).isEmpty();
    }

    @Test
    void aReplayedOldRequestIsRefusedEvenWithAValidSignature() {
        String openid = newOpenid();
        String old = String.valueOf(Instant.now().getEpochSecond() - 3600);
        CallbackClient.Response response = client().send(CallbackClient.event(ACCOUNT, openid, 1, "subscribe", ""),
                false, old, "nonce", WeChatCrypto.sha1(TOKEN, old, "nonce"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(followers.find(APPID, openid)).isEmpty();
    }

    @Test
    void aBadMessageSignatureInSafeModeIsRefused() {
        String ts = now();
        String query = "?signature=" + WeChatCrypto.sha1(TOKEN, ts, "n") + "&timestamp=" + ts + "&nonce=n"
                + "&encrypt_type=aes&msg_signature=0000";
        String body = "<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA["
                + new WeChatCrypto(TOKEN, APPID, AES_KEY).encrypt(CallbackClient.text(ACCOUNT, newOpenid(), 1, "hi"))
                + "]]></Encrypt></xml>";
        assertThat(client().post(query, body, true).status()).isEqualTo(403);
    }

    @Test
    void malformedXmlDoctypeAndMissingFieldsAreBadRequests() {
        String openid = newOpenid();
        assertThat(signedPost("<xml><Content>unclosed</xml>").status()).isEqualTo(400);
        assertThat(signedPost("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>gh</ToUserName><FromUserName>" + openid + "</FromUserName><CreateTime>1"
                + "</CreateTime><MsgType>event</MsgType><Event>subscribe</Event><Content>&x;</Content></xml>").status())
                .isEqualTo(400);
        assertThat(signedPost("<xml><ToUserName>gh</ToUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>")
                .status()).isEqualTo(400);
        assertThat(signedPost("<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>yesterday"
                + "</CreateTime><MsgType>text</MsgType></xml>").status()).isEqualTo(400);
        assertThat(followers.find(APPID, openid)).isEmpty();
    }

    @Test
    void anOversizedBodyIsRefused() {
        CallbackClient.Response response = signedPost("<xml><Content>" + "长".repeat(30_000) + "</Content></xml>");
        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        CallbackClient stranger = new CallbackClient("http://127.0.0.1:" + port, "wxunknown00000001", TOKEN, AES_KEY);
        assertThat(stranger.send(CallbackClient.text(ACCOUNT, newOpenid(), 1, "hi"), false).status()).isEqualTo(404);
    }

    @Test
    void anOpenidParameterThatContradictsTheBodyIsRefused() {
        String ts = now();
        String query = "?signature=" + WeChatCrypto.sha1(TOKEN, ts, "n") + "&timestamp=" + ts + "&nonce=n&openid=oOther";
        assertThat(client().post(query, CallbackClient.text(ACCOUNT, newOpenid(), newMsgId(), "hi"), false).status())
                .isEqualTo(400);
    }

    private CallbackClient.Response signedPost(String body) {
        String ts = now();
        return client().post("?signature=" + WeChatCrypto.sha1(TOKEN, ts, "n") + "&timestamp=" + ts + "&nonce=n", body, false);
    }

    @Test
    void anAesMessageWhoseLengthFieldOverflowsIsABadRequest() throws Exception {
        String openid = newOpenid();
        byte[] key = WeChatCrypto.decodeKey(AES_KEY);
        byte[] xml = CallbackClient.event(ACCOUNT, openid, 1, "subscribe", "").getBytes(StandardCharsets.UTF_8);
        byte[] app = APPID.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + xml.length + app.length;
        int pad = 32 - unpadded % 32;
        ByteBuffer plain = ByteBuffer.allocate(unpadded + pad).put(new byte[16]).putInt(0x7fffffff).put(xml).put(app);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
        String encrypted = Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
        String ts = now();
        String query = "?signature=" + WeChatCrypto.sha1(TOKEN, ts, "n12") + "&timestamp=" + ts + "&nonce=n12"
                + "&encrypt_type=aes&msg_signature=" + WeChatCrypto.sha1(TOKEN, ts, "n12", encrypted);
        CallbackClient.Response response = client().post(query,
                "<xml><ToUserName><![CDATA[" + APPID + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                        + "]]></Encrypt></xml>", false);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at cn.");
        assertThat(followers.find(APPID, openid)).isEmpty();
    }

    @Test
    void aCapturedSignedQueryCannotCarryAnotherMessageButWeChatsRetryGetsTheSameReply() {
        String ts = now();
        String nonce = "replay" + newMsgId();
        String signature = WeChatCrypto.sha1(TOKEN, ts, nonce);
        String victim = newOpenid();
        String message = CallbackClient.text(ACCOUNT, victim, newMsgId(), "你好");
        CallbackClient.Response first = client().send(message, false, ts, nonce, signature);
        assertThat(first.status()).isEqualTo(200);

        // WeChat's retry: the same query and the same message get the reply of the first delivery.
        CallbackClient.Response retry = client().send(message, false, ts, nonce, signature);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.content()).isEqualTo(first.content());

        // The same query carrying another message (another follower, another text) is refused.
        String attacker = newOpenid();
        CallbackClient.Response forged = client().send(CallbackClient.event(ACCOUNT, attacker, 1, "subscribe", ""),
                false, ts, nonce, signature);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(followers.find(APPID, attacker)).isEmpty();
        CallbackClient.Response forgedText = client().send(CallbackClient.text(ACCOUNT, victim, newMsgId(), "找工作"),
                false, ts, nonce, signature);
        assertThat(forgedText.status()).isEqualTo(403);

        // In safe mode WeChat may encrypt a retry afresh: the same message under new ciphertext is still a retry.
        String safeNonce = "replay" + newMsgId();
        String safeSignature = WeChatCrypto.sha1(TOKEN, ts, safeNonce);
        String safeMessage = CallbackClient.text(ACCOUNT, newOpenid(), newMsgId(), "路费补贴怎么领");
        CallbackClient.Response safeFirst = client().send(safeMessage, true, ts, safeNonce, safeSignature);
        CallbackClient.Response safeRetry = client().send(safeMessage, true, ts, safeNonce, safeSignature);
        assertThat(safeRetry.status()).isEqualTo(200);
        assertThat(safeRetry.content()).isEqualTo(safeFirst.content()).contains("交通路费补助");
        assertThat(client().send(CallbackClient.text(ACCOUNT, newOpenid(), newMsgId(), "路费补贴怎么领"), true, ts,
                safeNonce, safeSignature).status()).isEqualTo(403);
    }

    @Test
    void repliesAreKeptForRetriesAtLeastAsLongAsATimestampIsAccepted() {
        assertThat(settings.dedupWindow()).isGreaterThanOrEqualTo(settings.maxClockSkew().multipliedBy(2));
        WeChatProperties shortWindow = new WeChatProperties(null, null, Duration.ofMinutes(5), Duration.ofSeconds(60),
                null, null, null, null, null, null, null);
        assertThat(shortWindow.dedupWindow()).isEqualTo(Duration.ofMinutes(10));

        // The reply to a delivery outlives the skew window in Redis, so a replay at 75 s is not handled again.
        String openid = newOpenid();
        long msgId = newMsgId();
        say(openid, "你好");
        client().send(CallbackClient.text(ACCOUNT, openid, msgId, "你好"), false);
        Long ttl = redis.getExpire(keys.key("{" + APPID + ":" + openid + "}", "delivery", "m" + msgId),
                java.util.concurrent.TimeUnit.SECONDS);
        assertThat(ttl).isGreaterThan(settings.maxClockSkew().toSeconds());
    }
}
