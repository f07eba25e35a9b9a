package cn.laowu.devkit.servers;

import redis.clients.jedis.Jedis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Redis as run with Sentinel: a master (append-only file on), one replica and three sentinels
 * (quorum 2) on free loopback ports. {@link #killMaster()} kills the master with SIGKILL;
 * {@link #awaitFailover()} waits until the sentinels have promoted the replica.
 */
public final class LocalRedisSentinel implements AutoCloseable {

    public static final String MASTER_NAME = "laowu";

    private RedisProcess master;
    private RedisProcess replica;
    private final List<RedisProcess> sentinels = new ArrayList<>();

    private LocalRedisSentinel() {
    }

    public static LocalRedisSentinel start() {
        LocalRedisSentinel topology = new LocalRedisSentinel();
        try {
            List<String> durable = List.of("appendonly yes", "appendfsync everysec", "save \"\"");
            topology.master = RedisProcess.start(durable, false);
            List<String> replicaConfig = new ArrayList<>(durable);
            replicaConfig.add("replicaof 127.0.0.1 " + topology.master.port());
            topology.replica = RedisProcess.start(replicaConfig, false);
            Waiting.until("the replica to sync with the master", 30, () -> info(topology.replica.port())
                    .contains("master_link_status:up"));
            for (int i = 0; i < 3; i++) {
                topology.sentinels.add(RedisProcess.start(List.of(
                        "sentinel monitor " + MASTER_NAME + " 127.0.0.1 " + topology.master.port() + " 2",
                        "sentinel down-after-milliseconds " + MASTER_NAME + " 1000",
                        "sentinel failover-timeout " + MASTER_NAME + " 5000",
                        "sentinel parallel-syncs " + MASTER_NAME + " 1"), true));
            }
            // A failover needs every sentinel to know the replica and the two other sentinels.
            Waiting.until("the sentinels to know the replica and each other", 40, () -> topology.sentinels.stream()
                    .allMatch(s -> {
                        try (Jedis jedis = new Jedis("127.0.0.1", s.port())) {
                            return jedis.sentinelReplicas(MASTER_NAME).size() == 1
                                    && jedis.sentinelSentinels(MASTER_NAME).size() == 2;
                        }
                    }));
            return topology;
        } catch (RuntimeException e) {
            topology.close();
            throw e;
        }
    }

    /** For {@code spring.data.redis.sentinel.nodes}: every sentinel, comma-separated. */
    public String sentinels() {
        return sentinels.stream().map(RedisProcess::address).collect(Collectors.joining(","));
    }

    public int masterPort() {
        return master.port();
    }

    public int replicaPort() {
        return replica.port();
    }

    /** The master's port as the sentinels currently report it. */
    public int currentMasterPort() {
        try (Jedis jedis = new Jedis("127.0.0.1", sentinels.get(0).port())) {
            return Integer.parseInt(jedis.sentinelGetMasterAddrByName(MASTER_NAME).get(1));
        }
    }

    public void killMaster() {
        master.kill();
    }

    /** Waits until every sentinel names the replica as master and it accepts writes. */
    public void awaitFailover() {
        Waiting.until("the sentinels to promote the replica", 60, () -> sentinels.stream().allMatch(s -> {
            try (Jedis jedis = new Jedis("127.0.0.1", s.port())) {
                return Integer.parseInt(jedis.sentinelGetMasterAddrByName(MASTER_NAME).get(1)) == replica.port();
            }
        }) && info(replica.port()).contains("role:master"));
    }

    private static String info(int port) {
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            return jedis.info("replication");
        }
    }

    @Override
    public void close() {
        sentinels.forEach(RedisProcess::close);
        if (replica != null) {
            replica.close();
        }
        if (master != null) {
            master.close();
        }
    }
}
