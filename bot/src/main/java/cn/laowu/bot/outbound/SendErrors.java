package cn.laowu.bot.outbound;

import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.OutboxClaims;
import cn.laowu.core.outbox.OutboxSettlement;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What each of WeChat's refusals means for a delivery, whichever channel or lane it went by:
 * -1, timeouts and token trouble are retried with backoff; 45009 pauses the account until the
 * quota resets; 43004 marks the follower unsubscribed; 40003, 43101, 47003 and the closed
 * window give up.
 */
@Component
class SendErrors {

    private static final Logger log = LoggerFactory.getLogger(SendErrors.class);
    static final int QUOTA_SPENT = 45009;
    private static final int MAX_ATTEMPTS = 8;

    private final OutboxSettlement settlement;
    private final FollowerService followers;
    private final SendRate rate;
    private final OutboxClaims claims;

    SendErrors(OutboxSettlement settlement, FollowerService followers, SendRate rate, OutboxClaims claims) {
        this.settlement = settlement;
        this.followers = followers;
        this.rate = rate;
        this.claims = claims;
    }

    /**
     * A mass call refused or lost as a whole: a passing fault (-1, a timeout) puts its rows back together,
     * due at one time, so that they go again as one call and not as many small ones; any other code is
     * each row's, as for a single message.
     */
    void settleMass(String appid, List<Delivery> rows, int code) {
        if (code == QUOTA_SPENT || givesUp(code) || code == 43004) {
            rows.forEach(d -> settle(appid, d, code));
            return;
        }
        List<Delivery> again = new ArrayList<>();
        int attempts = 1;
        for (Delivery d : rows) {
            if (d.getAttempts() >= MAX_ATTEMPTS) {
                settlement.failed(d, code);
            } else {
                again.add(d);
                attempts = Math.max(attempts, d.getAttempts());
            }
        }
        Duration delay = backoff(attempts);
        claims.retryTogether(again, code, delay);
        log.warn("A mass call of {} rows to followers of {}: errcode {}; {} go again together in {}", rows.size(), appid,
                code, again.size(), delay);
    }

    private static boolean givesUp(int code) {
        return code == 40003 || code == 43101 || code == 47003 || code == 45015 || code == 45047 || code == 45028;
    }

    void settle(String appid, Delivery delivery, int code) {
        switch (code) {
            case QUOTA_SPENT -> {
                rate.pauseForToday(appid);
                settlement.retryLater(delivery, code, rate.pausedFor(appid));
            }
            case 43004 -> {
                followers.unsubscribed(appid, delivery.getOpenid());
                settlement.failed(delivery, code);
            }
            case 40003, 43101, 47003, 45015, 45047, 45028 -> settlement.failed(delivery, code);
            default -> {
                if (delivery.getAttempts() >= MAX_ATTEMPTS) {
                    settlement.failed(delivery, code);
                } else {
                    settlement.retryLater(delivery, code, backoff(delivery.getAttempts()));
                }
            }
        }
        log.warn("Delivery {} to a follower of {}: errcode {}", delivery.getId(), appid, code);
    }

    /** 5 s, 10 s, 20 s ... at most an hour. */
    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(3600, 5L << Math.min(attempts - 1, 10)));
    }

    static boolean windowClosed(int code) {
        return code == 45015 || code == 45047;
    }

    static int code(WxErrorException e) {
        return e.getError() == null ? -1 : e.getError().getErrorCode();
    }
}
