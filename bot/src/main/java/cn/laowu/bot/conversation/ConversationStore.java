package cn.laowu.bot.conversation;

import cn.laowu.core.support.RedisKeys;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Per-follower conversation state in Redis: delivery de-duplication, the rate-limit counter
 * and the dialog state, each touched in one atomic script round trip. The three keys of a
 * follower share a hash tag, so the scripts also work on Redis Cluster.
 *
 * <p>A delivery key moves P (being handled) → A (answered "success", reply follows as a
 * customer-service message) or D+reply (the passive reply given, kept to answer retries).
 */
@Component
public class ConversationStore {

    static final String PENDING = "P";
    static final String ASYNC = "A";
    static final String DONE = "D";

    private static final RedisScript<List> BEGIN = new DefaultRedisScript<>("""
            if not redis.call('SET', KEYS[1], 'P', 'NX', 'PX', ARGV[1]) then
              return {0, redis.call('GET', KEYS[1]) or 'P'}
            end
            local count = 0
            if ARGV[3] == '1' then
              count = redis.call('INCR', KEYS[2])
              if count == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
            end
            return {1, count, redis.call('GET', KEYS[3]) or ''}
            """, List.class);

    private static final RedisScript<Long> FINISH = new DefaultRedisScript<>("""
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            if ARGV[3] == '' then redis.call('DEL', KEYS[2])
            else redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4]) end
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    public ConversationStore(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** What {@link #begin} found. */
    public sealed interface Begin {
        /** This instance owns the delivery: handle it. */
        record Fresh(int messagesThisMinute, String dialogState) implements Begin {
        }

        /** WeChat retried a delivery that is being or has been handled. */
        record Duplicate(String status) implements Begin {
        }
    }

    /**
     * Claims a delivery, counts it against the follower's rate limit when {@code counted}, and
     * loads the dialog state.
     *
     * @param claimFor how long the claim holds if this instance dies before finishing
     */
    public Begin begin(Follower follower, String deliveryId, boolean counted, Duration claimFor) {
        List<?> result = redis.execute(BEGIN,
                List.of(deliveryKey(follower, deliveryId), rateKey(follower), stateKey(follower)),
                String.valueOf(claimFor.toMillis()), "60000", counted ? "1" : "0");
        if (((Number) result.get(0)).longValue() == 0) {
            return new Begin.Duplicate(String.valueOf(result.get(1)));
        }
        return new Begin.Fresh(((Number) result.get(1)).intValue(), String.valueOf(result.get(2)));
    }

    /** Records the passive reply given (empty for "success") and the new dialog state (empty to clear it). */
    public void finish(Follower follower, String deliveryId, String reply, Duration keepReply, String dialogState,
                       Duration idleTimeout) {
        redis.execute(FINISH, List.of(deliveryKey(follower, deliveryId), stateKey(follower)),
                DONE + reply, String.valueOf(keepReply.toMillis()), dialogState == null ? "" : dialogState,
                String.valueOf(idleTimeout.toMillis()));
    }

    /** Marks a delivery whose reply will come as a customer-service message: retries get "success". */
    public void markAsync(Follower follower, String deliveryId, Duration keepFor) {
        redis.opsForValue().set(deliveryKey(follower, deliveryId), ASYNC, keepFor);
    }

    /** Lets WeChat's next retry handle a delivery that could not be handled now. */
    public void release(Follower follower, String deliveryId) {
        redis.delete(deliveryKey(follower, deliveryId));
    }

    public String deliveryStatus(Follower follower, String deliveryId) {
        return redis.opsForValue().get(deliveryKey(follower, deliveryId));
    }

    private String deliveryKey(Follower follower, String deliveryId) {
        return keys.key(follower.hashTag(), "delivery", deliveryId);
    }

    private String rateKey(Follower follower) {
        return keys.key(follower.hashTag(), "rate");
    }

    private String stateKey(Follower follower) {
        return keys.key(follower.hashTag(), "dialog");
    }

    /** A follower of one account: the unit of conversation state. */
    public record Follower(String appid, String openid) {
        String hashTag() {
            return "{" + appid + ":" + openid + "}";
        }
    }
}
