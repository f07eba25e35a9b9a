package cn.laowu.bot.outbound;

import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.support.RedisKeys;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WeChat's customer-service window: a follower who wrote in the last 48 hours may be sent
 * customer-service messages. Kept in Redis with the window as its lifetime (lost with Redis, the
 * sender just tries the customer-service message and falls back on 45015).
 */
@Component
public class ServiceWindow {

    /** A little short of WeChat's 48 hours, so a message queued at the edge does not bounce. */
    static final Duration OPEN_FOR = Duration.ofHours(47);
    /**
     * A window this instance opened less than this ago is not written again: one Redis round trip
     * fewer for every message of a dialog but its first. The window recorded then ends at most
     * this much before WeChat's, which only means a customer-service message is tried a little less.
     */
    static final long REFRESH_AFTER_NANOS = Duration.ofMinutes(30).toNanos();
    private static final int REMEMBERED_AT_MOST = 200_000;

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    /** When this instance last wrote each follower's window (bounded: cleared when full). */
    private final Map<String, Long> recentlyWritten = new ConcurrentHashMap<>();

    public ServiceWindow(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    public void opened(String appid, String openid) {
        String key = key(appid, openid);
        Long written = recentlyWritten.get(key);
        long now = System.nanoTime();
        if (written != null && now - written < REFRESH_AFTER_NANOS) {
            return;
        }
        try {
            redis.opsForValue().set(key, "1", OPEN_FOR);
            if (recentlyWritten.size() >= REMEMBERED_AT_MOST) {
                recentlyWritten.clear();
            }
            recentlyWritten.put(key, now);
        } catch (DataAccessException redisDown) {
            // Only a hint for choosing the channel: without it the sender tries and falls back on 45015.
        }
    }

    /** Which of these followers' windows are open, in one round trip: {@code appid + " " + openid} of each. */
    public Set<String> openAmong(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Set.of();
        }
        List<String> values = redis.opsForValue().multiGet(deliveries.stream()
                .map(d -> key(d.getAppid(), d.getOpenid())).toList());
        Set<String> open = new HashSet<>();
        for (int i = 0; i < deliveries.size(); i++) {
            if (values != null && values.get(i) != null) {
                open.add(deliveries.get(i).getAppid() + " " + deliveries.get(i).getOpenid());
            }
        }
        return open;
    }

    void closed(String appid, String openid) {
        recentlyWritten.remove(key(appid, openid));
        redis.delete(key(appid, openid));
    }

    private String key(String appid, String openid) {
        return keys.key("window", appid, openid);
    }
}
