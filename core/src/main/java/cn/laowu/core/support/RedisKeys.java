package cn.laowu.core.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds every Redis key the platform uses under one configurable prefix, so several
 * deployments (or test runs) can share a Redis server without seeing each other's keys.
 */
@Component
public class RedisKeys {

    private final String prefix;

    public RedisKeys(@Value("${laowu.redis.key-prefix:laowu:}") String prefix) {
        this.prefix = prefix;
    }

    public String key(String... parts) {
        return prefix + String.join(":", parts);
    }

    public String prefix() {
        return prefix;
    }
}
