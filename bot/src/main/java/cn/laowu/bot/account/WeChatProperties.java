package cn.laowu.bot.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Everything about the official accounts the platform serves ({@code laowu.wechat.*}).
 *
 * @param apiHost           base URL of WeChat's API; null for the real one. Tests and the embedded default
 *                          point it at the fake WeChat API.
 * @param replyBudget       how long a passive reply may take before "success" is answered and the reply
 *                          goes out as a customer-service message instead (WeChat waits 5 s)
 * @param maxClockSkew      callbacks whose timestamp is further from now are refused as stale or replayed
 * @param dedupWindow       how long a delivery's reply is kept to answer WeChat's retries with; never shorter
 *                          than twice the clock skew, or an exact replay still accepted would be handled again
 * @param dialogIdleTimeout a conversation untouched this long starts afresh
 * @param ratePerMinute     messages one follower may send per minute before being asked to slow down
 * @param workerThreads     threads that run message handlers
 */
@ConfigurationProperties("laowu.wechat")
public record WeChatProperties(
        String apiHost,
        Duration replyBudget,
        Duration maxClockSkew,
        Duration dedupWindow,
        Duration dialogIdleTimeout,
        Integer ratePerMinute,
        Integer workerThreads,
        List<Account> accounts,
        List<MenuButton> menu) {

    public WeChatProperties {
        replyBudget = replyBudget == null ? Duration.ofSeconds(4) : replyBudget;
        maxClockSkew = maxClockSkew == null ? Duration.ofMinutes(5) : maxClockSkew;
        dedupWindow = dedupWindow == null ? Duration.ofMinutes(10) : dedupWindow;
        // A timestamp is accepted from skew before to skew after it: the cached reply must outlive both.
        if (dedupWindow.compareTo(maxClockSkew.multipliedBy(2)) < 0) {
            dedupWindow = maxClockSkew.multipliedBy(2);
        }
        dialogIdleTimeout = dialogIdleTimeout == null ? Duration.ofMinutes(30) : dialogIdleTimeout;
        ratePerMinute = ratePerMinute == null ? 20 : ratePerMinute;
        workerThreads = workerThreads == null ? 64 : workerThreads;
        accounts = accounts == null ? List.of() : accounts;
        menu = menu == null ? List.of() : menu;
    }

    /**
     * One official account's secrets; its name and region are read by core's
     * {@link cn.laowu.core.account.OfficialAccounts} from the same entry.
     *
     * @param aesKey the 43-character EncodingAESKey, needed for safe (AES) mode
     */
    public record Account(String appid, String secret, String token, String aesKey) {
    }

    /** A custom-menu button: a click (key), a link (url), or a group of up to five sub-buttons. */
    public record MenuButton(String name, String key, String url, List<MenuButton> sub) {
        public MenuButton {
            sub = sub == null ? List.of() : sub;
        }
    }
}
