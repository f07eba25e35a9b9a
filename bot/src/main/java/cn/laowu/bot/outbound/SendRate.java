package cn.laowu.bot.outbound;

import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RedisKeys;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Each account's pace, shared by every instance: a count per account per second in Redis (a
 * token bucket refilled each second), and a pause when WeChat says the day's quota is spent
 * (45009), until the quota resets at midnight, China time.
 */
@Component
public class SendRate {

    private static final DefaultRedisScript<Long> TAKE = new DefaultRedisScript<>(
            "local n = redis.call('incr', KEYS[1]) if n == 1 then redis.call('pexpire', KEYS[1], 2000) end return n",
            Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final Clock clock;

    public SendRate(StringRedisTemplate redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    /** Waits for a slot in this second for the account (at most a few seconds); false if none came. */
    public boolean take(String appid, int perSecond) throws InterruptedException {
        for (int tries = 0; tries < 50; tries++) {
            long second = clock.millis() / 1000;
            Long n = redis.execute(TAKE, List.of(keys.key("rate", appid, Long.toString(second))));
            if (n != null && n <= perSecond) {
                return true;
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
