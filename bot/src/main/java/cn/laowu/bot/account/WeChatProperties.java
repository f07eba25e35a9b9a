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
 * @param publicUrl         this platform's address as workers' phones reach it (e.g. https://laowu.example.gov.cn),
 *                          for links sent in chat to its H5 pages; without it no such link is sent
 * @param outbox            how the outbox is drained on this instance
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
        String publicUrl,
        Outbox outbox,
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
        outbox = outbox == null ? new Outbox(null, null, null, null, null, null, null) : outbox;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
        accounts = accounts == null ? List.of() : accounts;
        menu = menu == null ? List.of() : menu;
    }

    /**
     * One official account's secrets; its name and region are read by core's
     * {@link cn.laowu.core.account.OfficialAccounts} from the same entry.
     *
     * @param aesKey the 43-character EncodingAESKey, needed for safe (AES) mode
     * @param notice    the service-notification template (模板消息) for workers whose chat window is closed;
     *                  without one, those workers are reached only when they next write
     * @param jobNotice the long-term subscription-notice template (订阅通知) for job recommendations, sent
     *                  only to followers who accepted it in WeChat's pop-up
     */
    public record Account(String appid, String secret, String token, String aesKey, NoticeTemplate notice,
                          NoticeTemplate jobNotice) {
    }

    /**
     * A template chosen in the 公众平台 for "办理进度通知"-style notices, and which of its keys carry
     * what: {@code subject} (事项, a thing field, 20 characters), {@code state} (进度, a phrase field,
     * 5 characters), {@code time} (时间) and {@code note} (备注, a thing field).
     */
    public record NoticeTemplate(String id, String subject, String state, String time, String note) {

        public NoticeTemplate {
            subject = subject == null ? "thing1" : subject;
            state = state == null ? "phrase2" : state;
            time = time == null ? "time3" : time;
            note = note == null ? "thing4" : note;
        }
    }

    /**
     * @param enabled        whether this instance sends from the outbox (several may; they share the work)
     * @param senders        deliveries sent at once by this instance
     * @param ratePerSecond  sends per second per account, across all instances
     * @param idlePoll       how long a sender waits when nothing is due
     * @param lease          how long a claimed delivery is held by its sender; if the instance dies, the
     *                       rows go to another one when it ends. At most 5 minutes: a template message
     *                       re-sent after a crash must fall within WeChat's 10-minute client_msg_id
     *                       de-duplication to reach the worker only once
     * @param batch          deliveries one sender claims at a time
     * @param settleEvery    sent deliveries a sender records in one statement (1..8, 8 unless set): after
     *                       an instance is killed, at most this many per sender thread go again (customer-
     *                       service messages have no idempotency key at WeChat)
     */
    public record Outbox(Boolean enabled, Integer senders, Integer ratePerSecond, Duration idlePoll, Duration lease,
                         Integer batch, Integer settleEvery) {
        static final Duration MAX_LEASE = Duration.ofMinutes(5);
        static final int MAX_SETTLE_EVERY = 8;

        public Outbox {
            enabled = enabled == null || enabled;
            senders = senders == null ? 4 : senders;
            ratePerSecond = ratePerSecond == null ? 100 : ratePerSecond;
            idlePoll = idlePoll == null ? Duration.ofMillis(500) : idlePoll;
            lease = lease == null ? Duration.ofMinutes(2) : lease.compareTo(MAX_LEASE) > 0 ? MAX_LEASE : lease;
            batch = batch == null ? 20 : Math.max(1, batch);
            settleEvery = settleEvery == null ? MAX_SETTLE_EVERY : Math.max(1, Math.min(MAX_SETTLE_EVERY, settleEvery));
        }
    }

    /** A custom-menu button: a click (key), a link (url), or a group of up to five sub-buttons. */
    public record MenuButton(String name, String key, String url, List<MenuButton> sub) {
        public MenuButton {
            sub = sub == null ? List.of() : sub;
        }
    }
}
