package cn.laowu.bot.h5;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * WeChat's JS-SDK signature (附录1 of the JS-SDK docs): SHA-1 of
 * {@code jsapi_ticket=…&noncestr=…&timestamp=…&url=…}, the keys in ASCII order, the url without
 * its {@code #} part. Written out here so a test can hold it to the example in WeChat's docs.
 */
public final class ShareSignature {

    private ShareSignature() {
    }

    public static String sign(String ticket, String nonce, long timestamp, String url) {
        int hash = url.indexOf('#');
        String page = hash < 0 ? url : url.substring(0, hash);
        String plain = "jsapi_ticket=" + ticket + "&noncestr=" + nonce + "&timestamp=" + timestamp + "&url=" + page;
        return DigestUtils.sha1Hex(plain);
    }
}
