package cn.laowu.bot.outbound;

import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.OutboxSettlement;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

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

    SendErrors(OutboxSettlement settlement, FollowerService followers, SendRate rate) {
        this.settlement = settlement;
        this.followers = followers;
        this.rate = rate;
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
