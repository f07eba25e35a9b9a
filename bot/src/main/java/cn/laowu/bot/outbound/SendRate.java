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
 * (45009), until the quota resets at midnight, China time; and the mass-send API's own budget
 * (60 calls a minute, 100 a day), counted per account per minute and per China day.
 */
@Component
public class SendRate {

    /** Takes ARGV[1] slots of a second's count; the count lives two seconds. */
    private static final DefaultRedisScript<Long> TAKE = new DefaultRedisScript<>(
            "local n = redis.call('incrby', KEYS[1], ARGV[1]) "
                    + "if n == tonumber(ARGV[1]) then redis.call('pexpire', KEYS[1], 2000) end return n",
            Long.class);
    /**
     * One mass call, if the account has one left this minute and today (KEYS[1], KEYS[2]; limits
     * ARGV[1], ARGV[2]): 0 taken, 1 the minute's calls are used up, 2 the day's.
     */
    private static final DefaultRedisScript<Long> TAKE_MASS = new DefaultRedisScript<>(
            "local m = tonumber(redis.call('get', KEYS[1]) or '0') local d = tonumber(redis.call('get', KEYS[2]) or '0') "
                    + "if d >= tonumber(ARGV[2]) then return 2 end if m >= tonumber(ARGV[1]) then return 1 end "
                    + "redis.call('incr', KEYS[1]) redis.call('expire', KEYS[1], 120) "
                    + "redis.call('incr', KEYS[2]) redis.call('expire', KEYS[2], 172800) return 0",
            Long.class);
    /** WeChat's mass-send API: 60 calls a minute and 100 a day per account. */
    static final int MASS_PER_MINUTE = 60;
    static final int MASS_PER_DAY = 100;
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
        redis.opsForValue().set(keys.key("paused", appid), "45009", untilTomorrow());
    }

    /**
     * Takes one of the account's mass calls (60 a minute, 100 a China day, counted in Redis across
     * instances); zero if taken, else how long until the next minute or day gives one back.
     */
    public Duration takeMass(String appid) {
        Long full = redis.execute(TAKE_MASS, List.of(massMinuteKey(appid), massDayKey(appid)),
                Integer.toString(MASS_PER_MINUTE), Integer.toString(MASS_PER_DAY));
        return full == null || full == 0 ? Duration.ZERO : full == 1 ? untilNextMinute() : untilTomorrow();
    }

    /** Whether the account has a mass call left, without taking it: zero if so, else how long until it has. */
    public Duration massWait(String appid) {
        List<String> counts = redis.opsForValue().multiGet(List.of(massMinuteKey(appid), massDayKey(appid)));
        if (counts != null && counts.get(1) != null && Long.parseLong(counts.get(1)) >= MASS_PER_DAY) {
            return untilTomorrow();
        }
        if (counts != null && counts.get(0) != null && Long.parseLong(counts.get(0)) >= MASS_PER_MINUTE) {
            return untilNextMinute();
        }
        return Duration.ZERO;
    }

    // The minute and day counts share a hash tag: TAKE_MASS touches both, which Redis Cluster
    // allows only for keys of one slot.
    String massDayKey(String appid) {
        return keys.key("mass", "{" + appid + "}", "day", ChinaTime.today(clock).toString());
    }

    private String massMinuteKey(String appid) {
        return keys.key("mass", "{" + appid + "}", "minute", Long.toString(clock.millis() / 60_000));
    }

    private Duration untilNextMinute() {
        return Duration.ofMillis(60_000 - clock.millis() % 60_000).plusSeconds(1);
    }

    private Duration untilTomorrow() {
        return Duration.between(clock.instant(), ChinaTime.today(clock).plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant())
                .plusMinutes(1);
    }

    /** How long the account is still paused; zero when it may send. */
    public Duration pausedFor(String appid) {
        Long ms = redis.getExpire(keys.key("paused", appid), TimeUnit.MILLISECONDS);
        return ms == null || ms <= 0 ? Duration.ZERO : Duration.ofMillis(ms);
    }
}
