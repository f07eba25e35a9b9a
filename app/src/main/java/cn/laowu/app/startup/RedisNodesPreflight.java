package cn.laowu.app.startup;

import cn.laowu.core.support.ConfigurationProblem;
import org.springframework.core.env.Environment;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

import java.util.ArrayList;
import java.util.List;

/**
 * The preflight's Redis check when Redis runs with Sentinel ({@code spring.data.redis.sentinel.*})
 * or as a cluster ({@code spring.data.redis.cluster.nodes}): Spring Boot then ignores host and
 * port, so checking them would refuse a correct configuration. One node answering is enough,
 * since the client itself finds the master among the others.
 */
final class RedisNodesPreflight {

    private RedisNodesPreflight() {
    }

    /** @return false when neither Sentinel nor Cluster is configured (the single-server check applies) */
    static boolean checkIfConfigured(Environment env, int timeoutMillis) {
        String sentinels = env.getProperty("spring.data.redis.sentinel.nodes");
        String cluster = env.getProperty("spring.data.redis.cluster.nodes");
        boolean sentinel = sentinels != null && !sentinels.isBlank();
        if (!sentinel && (cluster == null || cluster.isBlank())) {
            return false;
        }
        String nodes = sentinel ? sentinels : cluster;
        String prefix = sentinel ? "spring.data.redis.sentinel." : "spring.data.redis.";
        DefaultJedisClientConfig config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis).socketTimeoutMillis(timeoutMillis)
                .user(blankToNull(env.getProperty(prefix + "username")))
                .password(blankToNull(env.getProperty(prefix + "password"))).build();
        List<String> failures = new ArrayList<>();
        for (String node : nodes.split(",")) {
            try (Jedis jedis = new Jedis(HostAndPort.from(node.trim()), config)) {
                if (sentinel) {
                    String master = env.getProperty("spring.data.redis.sentinel.master", "");
                    if (jedis.sentinelGetMasterAddrByName(master) == null) {
                        failures.add(node.trim() + " does not know a master named '" + master + "'");
                        continue;
                    }
                } else {
                    jedis.ping();
                }
                return true;
            } catch (JedisException | IllegalArgumentException e) {
                failures.add(node.trim() + ": " + e.getMessage());
            }
        }
        throw new ConfigurationProblem("Cannot reach Redis " + (sentinel ? "Sentinel" : "Cluster") + ": "
                + String.join("; ", failures) + ".",
                sentinel ? "Check SPRING_DATA_REDIS_SENTINEL_NODES (host:port of the sentinels) and "
                        + "SPRING_DATA_REDIS_SENTINEL_MASTER (the name in 'sentinel monitor')."
                        : "Check SPRING_DATA_REDIS_CLUSTER_NODES (host:port of the cluster's nodes) and "
                        + "SPRING_DATA_REDIS_PASSWORD.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
