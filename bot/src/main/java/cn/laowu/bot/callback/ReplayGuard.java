package cn.laowu.bot.callback;

import cn.laowu.core.support.RedisKeys;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Remembers each signed callback (timestamp + nonce + signature) for as long as its timestamp
 * would be accepted, with a digest of the message it carried. The URL signature does not cover
 * the body, so without this a captured query string would carry any message for any follower
 * for the whole clock-skew window. The same query with the same message is WeChat retrying (or
 * an exact replay, which de-duplication by MsgId answers from the cache); with another message it
 * is forged.
 */
@Component
class ReplayGuard {

    private static final RedisScript<Long> REMEMBER = new DefaultRedisScript<>("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            if redis.call('GET', KEYS[1]) == ARGV[1] then return 1 end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Clock clock;

    ReplayGuard(StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    /** @return false when this signed query was already used for a different message */
    boolean firstUseOrSameMessage(String appid, String timestamp, String nonce, String signature, String messageXml,
                                  Duration maxClockSkew) {
        long acceptedUntilMillis = (Long.parseLong(timestamp) + maxClockSkew.toSeconds() + 1) * 1000;
        long ttl = Math.max(1_000, acceptedUntilMillis - clock.millis());
        Long result;
        try {
            result = redis.execute(REMEMBER, List.of(keys.key("wx-signed", appid, sha256(timestamp + ":" + nonce + ":"
                    + signature))), sha256(messageXml), String.valueOf(ttl));
        } catch (DataAccessException redisDown) {
            // The signature and timestamp were checked; without Redis a replay within the skew
            // window goes unnoticed, which is better than workers getting no answer at all.
            return true;
        }
        return result != null && result == 1;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
