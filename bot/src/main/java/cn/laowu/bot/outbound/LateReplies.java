package cn.laowu.bot.outbound;

import cn.laowu.core.outbox.Outbox;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * A chat reply that overran the reply budget (WeChat was answered "success"): queued in the
 * outbox on its reply lane, which every sender claims before anything else, and this instance's
 * senders woken at once, so it goes within milliseconds with the rate, quota handling, retries
 * and record of any delivery. An instance that does not send leaves it to the others, which find
 * it at their next idle poll.
 */
@Component
public class LateReplies {

    private static final Logger log = LoggerFactory.getLogger(LateReplies.class);
    /** What the outbox's source column leaves for the delivery's id after "reply:". */
    private static final int KEY_AT_MOST = 58;

    private final Outbox outbox;
    private final OutboxSender sender;

    LateReplies(Outbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    /**
     * @param deliveryId the inbound delivery answered (its MsgId, or an event's key), so a retried
     *                   turn queues the reply once
     * @return whether it was queued
     */
    public boolean send(String appid, String openid, String deliveryId, String text) {
        String key = deliveryId.length() <= KEY_AT_MOST ? deliveryId : DigestUtils.sha256Hex(deliveryId);
        try {
            boolean queued = outbox.lateReply(appid, openid, key, text);
            sender.replyQueued();
            return queued;
        } catch (DataAccessException databaseDown) {
            // The content is personal; the follower asks again, as after any lost answer.
            log.warn("A late reply to a follower of {} could not be queued: {}", appid, databaseDown.toString());
            return false;
        }
    }
}
