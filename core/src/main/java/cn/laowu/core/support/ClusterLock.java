package cn.laowu.core.support;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * One instance at a time across the cluster: scheduled work takes a Redis lock with a lease, and
 * only the holder releases it. An instance that dies mid-run frees the lock when the lease ends.
 */
@Component
public class ClusterLock {

    private static final DefaultRedisScript<Long> RELEASE = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;

    public ClusterLock(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** Runs {@code work} if no other instance holds the lock; says whether it ran. */
    public boolean runExclusively(String name, Duration lease, Runnable work) {
        String key = keys.key("lock", name);
        String token = UUID.randomUUID().toString();
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, token, lease))) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            redis.execute(RELEASE, List.of(key), token);
        }
    }
}
