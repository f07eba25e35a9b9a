package cn.laowu.bot.h5;

import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.core.privacy.LinkSigner;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The link a follower gets in chat to the job-notice page: it names the follower, signed with a
 * key from the data key, so the page knows who is asking without a WeChat login and nobody can
 * change another follower's choice by editing the link.
 */
@Component
public class JobNoticeLinks {

    private final LinkSigner signer;
    private final String publicUrl;

    public JobNoticeLinks(LinkSigner signer, WeChatProperties properties) {
        this.signer = signer;
        this.publicUrl = properties.publicUrl();
    }

    /** Empty when the platform's public address is not configured. */
    public Optional<String> forFollower(String appid, String openid) {
        if (publicUrl == null) {
            return Optional.empty();
        }
        return Optional.of(publicUrl + signedPath(appid, openid));
    }

    static String path(String appid, String openid) {
        return "/h5/job-notices/" + URLEncoder.encode(appid, StandardCharsets.UTF_8) + "?o="
                + URLEncoder.encode(openid, StandardCharsets.UTF_8);
    }

    String sign(String appid, String openid) {
        return signer.sign(payload(appid, openid));
    }

    boolean verify(String appid, String openid, String signature) {
        return openid != null && signer.verify(payload(appid, openid), signature);
    }

    String signedPath(String appid, String openid) {
        return path(appid, openid) + "&sig=" + sign(appid, openid);
    }

    private static String payload(String appid, String openid) {
        return "job-notices|" + appid + "|" + openid;
    }
}
