package cn.laowu.bot.conversation;

import cn.laowu.core.support.RedisKeys;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Per-follower conversation state in Redis: the signed query a delivery came with
 * ({@link SignedQuery}), delivery de-duplication, the rate-limit counter, the dialog state and the
 * turn lock, each touched in one atomic script round trip. The keys of a
 * follower share a hash tag, so the scripts also work on Redis Cluster.
 *
 * <p>A delivery key moves P (being handled) → A (answered "success", reply follows through the
 * outbox) or D+reply (the passive reply given, kept to answer retries).
 *
 * <p>The turn lock lets one turn of a follower run at a time, on any instance: a turn that
 * overran the reply budget still holds it when the follower's next message arrives, which waits
 * and then reads the state the slow turn left. Its value is a token unique to the turn (a fence):
 * the state is written, and the lock released, only by the turn whose token it still holds, so a
 * turn that outlived its lease cannot overwrite what a later turn wrote. On the common path the
 * lock costs no round trip of its own: it is taken by {@link #begin} and released by {@link #finish}.
 */
@Component
public class ConversationStore {

    static final String PENDING = "P";
    static final String ASYNC = "A";
    static final String DONE = "D";

    private static final RedisScript<List> BEGIN = new DefaultRedisScript<>("""
            if ARGV[6] ~= '' and not redis.call('SET', KEYS[5], ARGV[6], 'NX', 'PX', ARGV[7])
                and redis.call('GET', KEYS[5]) ~= ARGV[6] then
              return {2}
            end
            if not redis.call('SET', KEYS[1], 'P', 'NX', 'PX', ARGV[1]) then
              return {0, redis.call('GET', KEYS[1]) or 'P'}
            end
            local count = 0
            if ARGV[3] == '1' then
              count = redis.call('INCR', KEYS[2])
              if count == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
            end
            if redis.call('SET', KEYS[4], ARGV[5], 'NX', 'PX', ARGV[4]) then
              return {1, count, redis.call('GET', KEYS[3]) or '', 1}
            end
            return {1, count, '', 0}
            """, List.class);

    /** The signed-query check alone, for Redis Cluster, where its key lives in another slot than the follower's. */
    private static final RedisScript<Long> REMEMBER_SIGNED = new DefaultRedisScript<>("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            if redis.call('GET', KEYS[1]) == ARGV[1] then return 1 end
            return 0
            """, Long.class);

    private static final RedisScript<List> TAKE_TURN = new DefaultRedisScript<>("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              return {1, redis.call('GET', KEYS[2]) or ''}
            end
            return {0}
            """, List.class);

    private static final RedisScript<Long> RENEW_TURN = new DefaultRedisScript<>("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0
            """, Long.class);

    private static final RedisScript<Long> FINISH = new DefaultRedisScript<>("""
            if ARGV[1] ~= '' then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
            if ARGV[5] == '' or redis.call('GET', KEYS[3]) ~= ARGV[5] then return 0 end
            if ARGV[6] == '1' then
              if ARGV[3] == '' then redis.call('DEL', KEYS[2])
              else redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4]) end
            end
            redis.call('DEL', KEYS[3])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final boolean cluster;

    public ConversationStore(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
        this.cluster = redis.getConnectionFactory() instanceof JedisConnectionFactory jedis
                && jedis.isRedisClusterAware();
    }

    /** What {@link #begin} found. */
    public sealed interface Begin {
        /**
         * This instance owns the delivery: handle it. With {@code turnTaken} it also holds the
         * follower's turn and {@code dialogState} is current; without, another turn of the
         * follower is running and the state must be read by {@link #takeTurn} once it ends.
         */
        record Fresh(int messagesThisMinute, String dialogState, boolean turnTaken) implements Begin {
        }

        /** WeChat retried a delivery that is being or has been handled. */
        record Duplicate(String status) implements Begin {
        }

        /** The signed query was already used for another message: forged; nothing was claimed. */
        record Forged() implements Begin {
        }
    }

    /**
     * Remembers the signed query (refusing one already used for another message), claims a
     * delivery, counts it against the follower's rate limit when {@code counted}, and loads the
     * dialog state.
     *
     * @param signed   the signed query the delivery came with; null when there is none to remember
     * @param claimFor how long the claim holds if this instance dies before finishing
     * @param turn     the token of this turn, held as the follower's turn lock for {@code turnLease}
     */
    public Begin begin(Follower follower, SignedQuery signed, String deliveryId, boolean counted, Duration claimFor,
                       String turn, Duration turnLease) {
        // The signed query is remembered per account, not per follower: a captured query must not carry a
        // message of any other follower either. On one server (or Sentinel) that key rides in the claim's
        // script; on a cluster it lives in another slot and costs a round trip of its own.
        boolean folded = signed != null && !cluster;
        if (signed != null && cluster && !rememberSigned(follower, signed)) {
            return new Begin.Forged();
        }
        List<?> result = redis.execute(BEGIN,
                List.of(deliveryKey(follower, deliveryId), rateKey(follower), stateKey(follower), turnKey(follower),
                        folded ? signedKey(follower, signed) : keys.key(follower.hashTag(), "signed")),
                String.valueOf(claimFor.toMillis()), "60000", counted ? "1" : "0", String.valueOf(turnLease.toMillis()),
                turn, folded ? signed.messageDigest() : "",
                folded ? String.valueOf(signed.rememberFor().toMillis()) : "0");
        long outcome = ((Number) result.get(0)).longValue();
        if (outcome == 2) {
            return new Begin.Forged();
        }
        if (outcome == 0) {
            return new Begin.Duplicate(String.valueOf(result.get(1)));
        }
        return new Begin.Fresh(((Number) result.get(1)).intValue(), String.valueOf(result.get(2)),
                ((Number) result.get(3)).longValue() == 1);
    }

    /** Takes the follower's turn if no other turn holds it: the current dialog state, or empty when it is held. */
    public Optional<String> takeTurn(Follower follower, String turn, Duration turnLease) {
        List<?> result = redis.execute(TAKE_TURN, List.of(turnKey(follower), stateKey(follower)), turn,
                String.valueOf(turnLease.toMillis()));
        return ((Number) result.get(0)).longValue() == 1 ? Optional.of(String.valueOf(result.get(1))) : Optional.empty();
    }

    /** Extends the lease of a turn still running; false when it is no longer this turn's. */
    public boolean renewTurn(Follower follower, String turn, Duration turnLease) {
        Long renewed = redis.execute(RENEW_TURN, List.of(turnKey(follower)), turn, String.valueOf(turnLease.toMillis()));
        return renewed != null && renewed == 1;
    }

    /**
     * Records the passive reply given (empty for "success"; null to leave the delivery's status as
     * it is) and, if this turn still holds the follower's turn, the new dialog state (empty to clear
     * it), then lets the next turn go.
     *
     * @return false when the turn had lost its lock (its lease ran out): its state was not written
     */
    public boolean finish(Follower follower, String deliveryId, String reply, Duration keepReply, String dialogState,
                          Duration idleTimeout, String turn) {
        return finish(follower, deliveryId, reply, keepReply, dialogState, idleTimeout, turn, true);
    }

    /** Like {@link #finish}, leaving the dialog state untouched (a message refused before any dialog ran). */
    public void finishKeepingState(Follower follower, String deliveryId, String reply, Duration keepReply,
                                   String turn) {
        finish(follower, deliveryId, reply, keepReply, "", Duration.ZERO, turn, false);
    }

    private boolean finish(Follower follower, String deliveryId, String reply, Duration keepReply, String dialogState,
                           Duration idleTimeout, String turn, boolean writeState) {
        Long written = redis.execute(FINISH, List.of(deliveryKey(follower, deliveryId), stateKey(follower),
                        turnKey(follower)),
                reply == null ? "" : DONE + reply, String.valueOf(keepReply.toMillis()),
                dialogState == null ? "" : dialogState, String.valueOf(idleTimeout.toMillis()),
                turn == null ? "" : turn, writeState ? "1" : "0");
        return written != null && written == 1;
    }

    /** Marks a delivery whose reply will come later, through the outbox: retries get "success". */
    public void markAsync(Follower follower, String deliveryId, Duration keepFor) {
        redis.opsForValue().set(deliveryKey(follower, deliveryId), ASYNC, keepFor);
    }

    /** The follower's dialog state, dropped unread (they unfollowed). */
    public void forgetDialog(Follower follower) {
        redis.delete(stateKey(follower));
    }

    /** Lets WeChat's next retry handle a delivery that could not be handled now, and the next turn go. */
    public void release(Follower follower, String deliveryId, String turn) {
        redis.delete(deliveryKey(follower, deliveryId));
        finishKeepingState(follower, deliveryId, null, Duration.ZERO, turn);
    }

    public String deliveryStatus(Follower follower, String deliveryId) {
        return redis.opsForValue().get(deliveryKey(follower, deliveryId));
    }

    private String deliveryKey(Follower follower, String deliveryId) {
        return keys.key(follower.hashTag(), "delivery", deliveryId);
    }

    private boolean rememberSigned(Follower follower, SignedQuery signed) {
        Long first = redis.execute(REMEMBER_SIGNED, List.of(signedKey(follower, signed)), signed.messageDigest(),
                String.valueOf(signed.rememberFor().toMillis()));
        return first != null && first == 1;
    }

    private String signedKey(Follower follower, SignedQuery signed) {
        return keys.key("wx-signed", follower.appid(), signed.digest());
    }

    private String rateKey(Follower follower) {
        return keys.key(follower.hashTag(), "rate");
    }

    private String turnKey(Follower follower) {
        return keys.key(follower.hashTag(), "turn");
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
