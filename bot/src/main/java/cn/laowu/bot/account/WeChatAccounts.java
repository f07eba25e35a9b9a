package cn.laowu.bot.account;

import cn.laowu.bot.protocol.WeChatCrypto;
import cn.laowu.core.account.OfficialAccount;
import cn.laowu.core.account.OfficialAccounts;
import cn.laowu.core.support.ConfigurationProblem;
import cn.laowu.core.support.RedisKeys;
import me.chanjar.weixin.common.redis.RedisTemplateWxRedisOps;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The official accounts served by this platform, by appid. Access tokens live in Redis (via
 * WxJava's Redis config with a Redis lock), so every instance shares one token per account and
 * only one of them refreshes it.
 */
@Component
public class WeChatAccounts {

    private final Map<String, WeChatAccount> byAppid = new LinkedHashMap<>();

    /** The demo account of the embedded default; its token is public, so production refuses it. */
    static final String DEMO_APPID = "wxdemo0000000001";

    public WeChatAccounts(WeChatProperties properties, OfficialAccounts officials, StringRedisTemplate redis,
                          RedisKeys keys, @Value("${laowu.embedded.enabled:false}") boolean embedded) {
        RedisTemplateWxRedisOps redisOps = new RedisTemplateWxRedisOps(redis);
        WeChatHttpClient http = new WeChatHttpClient(properties.outbox().senders() + properties.workerThreads());
        for (WeChatProperties.Account account : properties.accounts()) {
            validate(account);
            if (!embedded && DEMO_APPID.equals(account.appid())) {
                throw new ConfigurationProblem("The demo WeChat account " + DEMO_APPID
                        + " is configured outside the embedded default; its token is published in README.md.",
                        "Replace it in laowu.wechat.accounts with your own official account.");
            }
            WxMpRedisConfigImpl storage = new SharedTokenConfig(redisOps, keys.key("wx"));
            storage.setAppId(account.appid());
            storage.setSecret(account.secret());
            storage.setToken(account.token());
            storage.setAesKey(blankToNull(account.aesKey()));
            storage.setApacheHttpClientBuilder(http);
            if (properties.apiHost() != null && !properties.apiHost().isBlank()) {
                WxMpHostConfig hosts = new WxMpHostConfig();
                hosts.setApiHost(properties.apiHost());
                hosts.setMpHost(properties.apiHost());
                hosts.setOpenHost(properties.apiHost());
                storage.setHostConfig(hosts);
            }
            WxMpService api = new WxMpServiceImpl();
            api.setWxMpConfigStorage(storage);
            // The outbox retries from the database; two layers of retries would send twice as often.
            api.setMaxRetryTimes(0);
            api.setRetrySleepMillis(500);
            WeChatCrypto crypto = new WeChatCrypto(account.token(), account.appid(), blankToNull(account.aesKey()));
            OfficialAccount official = officials.find(account.appid())
                    .orElseGet(() -> new OfficialAccount(account.appid(), null, null));
            if (byAppid.put(account.appid(), new WeChatAccount(official, account, crypto, api)) != null) {
                throw new ConfigurationProblem("WeChat account " + account.appid() + " is configured twice.",
                        "Remove the duplicate entry from laowu.wechat.accounts.");
            }
        }
    }

    public Optional<WeChatAccount> find(String appid) {
        return Optional.ofNullable(appid == null ? null : byAppid.get(appid));
    }

    public WeChatAccount get(String appid) {
        return find(appid).orElseThrow(() -> new IllegalArgumentException("Unknown WeChat account " + appid));
    }

    public Collection<WeChatAccount> all() {
        return byAppid.values();
    }

    private static void validate(WeChatProperties.Account account) {
        String which = "laowu.wechat.accounts entry " + account.appid();
        if (account.appid() == null || !account.appid().matches("wx[0-9a-zA-Z]{14,30}")) {
            throw new ConfigurationProblem("A WeChat account has a missing or malformed appid: " + account.appid() + ".",
                    "Each laowu.wechat.accounts entry needs the appid shown in the 公众平台 (wx + 16 characters).");
        }
        if (account.token() == null || !account.token().matches("[0-9A-Za-z_-]{3,32}")) {
            throw new ConfigurationProblem(which + " has a missing or malformed token.",
                    "Set the same token (3-32 letters or digits) here and in the 公众平台's 服务器配置.");
        }
        if (account.secret() == null || account.secret().isBlank()) {
            throw new ConfigurationProblem(which + " has no secret.", "Set the appsecret from the 公众平台.");
        }
        if (account.aesKey() != null && !account.aesKey().isBlank() && !account.aesKey().matches("[0-9A-Za-z]{43}")) {
            throw new ConfigurationProblem(which + " has a malformed EncodingAESKey.",
                    "The EncodingAESKey is exactly 43 letters and digits, as the 公众平台 generates it.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
