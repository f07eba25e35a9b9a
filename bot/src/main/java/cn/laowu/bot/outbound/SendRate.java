package cn.laowu.bot.outbound;

import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RedisKeys;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Each account's pace, shared by every instance: a count per account per second in Redis (a
 * token bucket refilled each second), and a pause when WeChat says the day's quota is spent
 * (45009), until the quota resets at midnight, China time.
 */
@Component
public class SendRate {

    /** Takes ARGV[1] slots of a second's count; the count lives two seconds. */
    private static final DefaultRedisScript<Long> TAKE = new DefaultRedisScript<>(
            "local n = redis.call('incrby', KEYS[1], ARGV[1]) "
                    + "if n == tonumber(ARGV[1]) then redis.call('pexpire', KEYS[1], 2000) end return n",
            Long.class);
    /** At most this many slots are taken from Redis at once (a twentieth of the rate below that). */
    private static final int MAX_CHUNK = 100;

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Clock clock;

    private final Map<String, Slots> taken = new ConcurrentHashMap<>();

    public SendRate(StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    /** Slots of one second this instance took from the shared count and has not used yet. */
    private static final class Slots {
        long second = -1;
        long left;
    }

    /**
     * Waits for a slot in this second for the account (at most a few seconds); false if none came.
     * Slots are taken from Redis a few at a time (a twentieth of the rate, at most 100), so a fast
     * sender asks Redis once per chunk rather than once per message; slots an instance took and
     * did not use lapse with their second, so instances together never exceed the rate.
     */
    public boolean take(String appid, int perSecond) throws InterruptedException {
        int chunk = Math.max(1, Math.min(MAX_CHUNK, perSecond / 20));
        Slots slots = taken.computeIfAbsent(appid, k -> new Slots());
        for (int tries = 0; tries < 50; tries++) {
            long second = clock.millis() / 1000;
            synchronized (slots) {
                if (slots.second == second && slots.left > 0) {
                    slots.left--;
                    return true;
                }
                Long n = redis.execute(TAKE, List.of(keys.key("rate", appid, Long.toString(second))),
                        Integer.toString(chunk));
                long granted = n == null ? 0 : Math.min(chunk, perSecond - (n - chunk));
                if (granted > 0) {
                    slots.second = second;
                    slots.left = granted - 1;
                    return true;
                }
            }
            Thread.sleep(Math.max(1, 1000 - clock.millis() % 1000));
        }
        return false;
    }

    /** 45009: nothing more for this account today. */
    public void pauseForToday(String appid) {
        Duration left = Duration.between(clock.instant(),
                ChinaTime.today(clock).plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        redis.opsForValue().set(keys.key("paused", appid), "45009", left.plusMinutes(1));
    }

    /** How long the account is still paused; zero when it may send. */
    public Duration pausedFor(String appid) {
        Long ms = redis.getExpire(keys.key("paused", appid), TimeUnit.MILLISECONDS);
        return ms == null || ms <= 0 ? Duration.ZERO : Duration.ofMillis(ms);
    }
}
