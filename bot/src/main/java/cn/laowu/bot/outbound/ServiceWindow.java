package cn.laowu.bot.outbound;

import cn.laowu.core.support.RedisKeys;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * WeChat's customer-service window: a follower who wrote in the last 48 hours may be sent
 * customer-service messages. Kept in Redis with the window as its lifetime (lost with Redis, the
 * sender just tries the customer-service message and falls back on 45015).
 */
@Component
public class ServiceWindow {

    /** A little short of WeChat's 48 hours, so a message queued at the edge does not bounce. */
    static final Duration OPEN_FOR = Duration.ofHours(47);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    public ServiceWindow(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    public void opened(String appid, String openid) {
        redis.opsForValue().set(key(appid, openid), "1", OPEN_FOR);
    }

    public boolean isOpen(String appid, String openid) {
        return Boolean.TRUE.equals(redis.hasKey(key(appid, openid)));
    }

    void closed(String appid, String openid) {
        redis.delete(key(appid, openid));
    }

    private String key(String appid, String openid) {
        return keys.key("window", appid, openid);
    }
}
