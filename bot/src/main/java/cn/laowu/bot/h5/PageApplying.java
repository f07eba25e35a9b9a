package cn.laowu.bot.h5;

import cn.laowu.bot.flow.jobs.JobReplies;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationService.Outcome;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.support.RedisKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/**
 * Applying from a job page: the same pipeline as the chat (capacity taken by one conditional
 * UPDATE, the same eligibility reasons, the follower's broker credited), and the chat told of it
 * through the outbox in the same transaction. At most {@code laowu.h5.apply-limit} tries per
 * follower in ten minutes, so a script cannot hammer the pipeline through one identity.
 */
@Component
class PageApplying {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final ApplicationService applications;
    private final BrokerService brokers;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final int limit;

    PageApplying(ApplicationService applications, BrokerService brokers, Outbox outbox, TransactionTemplate tx,
                 StringRedisTemplate redis, RedisKeys keys, @Value("${laowu.h5.apply-limit:5}") int limit) {
        this.applications = applications;
        this.brokers = brokers;
        this.outbox = outbox;
        this.tx = tx;
        this.redis = redis;
        this.keys = keys;
        this.limit = limit;
    }

    /** Counts one try; false once the follower has used up the window's tries. */
    boolean allowed(H5Identity.Who who) {
        String key = keys.key("h5apply", who.appid(), who.openid());
        Long tries = redis.opsForValue().increment(key);
        if (tries != null && tries == 1) {
            redis.expire(key, WINDOW);
        }
        return tries == null || tries <= limit;
    }

    Outcome apply(H5Identity.Who who, long workerId, long jobId, String title) {
        try {
            return tx.execute(status -> {
                Long broker = brokers.currentBroker(who.appid(), who.openid()).orElse(null);
                Outcome outcome = applications.apply(workerId, jobId, "H5", broker);
                if (outcome instanceof Outcome.Applied applied) {
                    tell(who, applied.application().getId(), title, "已报名", JobReplies.outcome(outcome, title));
                } else if (outcome instanceof Outcome.Waitlisted waitlisted) {
                    tell(who, waitlisted.application().getId(), title, "候补", JobReplies.outcome(outcome, title));
                }
                return outcome;
            });
        } catch (ApplicationService.DuplicateApplication e) {
            // The same follower tapped twice at once: the other request applied (and told the chat).
            return new Outcome.AlreadyApplied(applications.find(jobId, workerId));
        }
    }

    private void tell(H5Identity.Who who, long applicationId, String title, String state, String body) {
        outbox.toFollower(who.appid(), who.openid(), Message.single("h5apply:" + applicationId,
                "岗位「" + title + "」报名", state, "在网页上报名", body));
    }
}
