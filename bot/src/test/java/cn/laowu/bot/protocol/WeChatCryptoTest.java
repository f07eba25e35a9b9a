package cn.laowu.bot.protocol;

import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Interoperates with WeChat's official sample parameters and with WxJava's independent implementation. */
class WeChatCryptoTest {

    // The official encryption sample of the 公众平台 documentation.
    static final String TOKEN = "pamtest";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APPID = "wxb11529c136998cb6";
    private static final String XML = "<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName>"
            + "<FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime>"
            + "<MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId>"
            + "<Title><![CDATA[testCallBackReplyVideo]]></Title></Video></xml>";

    private final WeChatCrypto crypto = new WeChatCrypto(TOKEN, APPID, AES_KEY);

    @Test
    void roundTripsTheOfficialSample() {
        String encrypted = crypto.encrypt(XML);
        assertThat(crypto.decrypt(encrypted)).isEqualTo(XML);
    }

    @Test
    void whatWeEncryptWxJavaDecryptsAndTheOtherWayRound() {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(APPID);
        config.setToken(TOKEN);
        config.setAesKey(AES_KEY);
        WxMpCryptUtil wxJava = new WxMpCryptUtil(config);

        String envelope = crypto.encryptedEnvelope(XML, "1409304348", "xxxxxx");
        String signature = InboundXml.parse(envelope).get("MsgSignature");
        assertThat(wxJava.decryptXml(signature, "1409304348", "xxxxxx", envelope)).isEqualTo(XML);

        String theirs = wxJava.encrypt(XML);
        assertThat(crypto.decrypt(InboundXml.parse(theirs).get("Encrypt"))).isEqualTo(XML);
    }

    @Test
    void signaturesAreSha1OfTheSortedParts() {
        assertThat(WeChatCrypto.sha1("b", "a", "c")).isEqualTo(WeChatCrypto.sha1("a", "b", "c"));
        String encrypted = crypto.encrypt(XML);
        String signature = crypto.messageSignature("1409304348", "xxxxxx", encrypted);
        assertThat(crypto.verifyMessageSignature(signature, "1409304348", "xxxxxx", encrypted)).isTrue();
        assertThat(crypto.verifyMessageSignature(signature, "1409304349", "xxxxxx", encrypted)).isFalse();
        assertThat(crypto.verifySignature(WeChatCrypto.sha1(TOKEN, "1", "n"), "1", "n")).isTrue();
        assertThat(crypto.verifySignature(null, "1", "n")).isFalse();
    }

    @Test
    void refusesCiphertextForAnotherAppidOrTampered() {
        WeChatCrypto other = new WeChatCrypto(TOKEN, "wxotherappid00001", AES_KEY);
        String forOther = other.encrypt(XML);
        assertThatThrownBy(() -> crypto.decrypt(forOther)).hasMessageContaining("another appid");
        assertThatThrownBy(() -> crypto.decrypt("bm90IGEgcmVhbCBjaXBoZXJ0ZXh0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> crypto.decrypt("%%%")).isInstanceOf(IllegalArgumentException.class);
    }
}
