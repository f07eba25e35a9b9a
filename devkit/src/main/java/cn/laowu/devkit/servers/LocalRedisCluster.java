package cn.laowu.devkit.servers;

import redis.clients.jedis.Jedis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Redis Cluster of three masters (no replicas) on free loopback ports, each owning a third of
 * the 16384 hash slots: enough to prove that every multi-key command and script of the platform
 * keeps its keys in one slot (a cross-slot script fails with CROSSSLOT on a real cluster).
 */
public final class LocalRedisCluster implements AutoCloseable {

    private static final int[][] SLOTS = {{0, 5460}, {5461, 10922}, {10923, 16383}};

    private final List<RedisProcess> nodes = new ArrayList<>();

    private LocalRedisCluster() {
    }

    public static LocalRedisCluster start() {
        LocalRedisCluster cluster = new LocalRedisCluster();
        try {
            for (int i = 0; i < SLOTS.length; i++) {
                cluster.nodes.add(RedisProcess.start(List.of("cluster-enabled yes", "cluster-config-file nodes.conf",
                        "cluster-node-timeout 2000", "save \"\"", "appendonly no"), false));
            }
            for (int i = 0; i < SLOTS.length; i++) {
                try (Jedis jedis = new Jedis("127.0.0.1", cluster.nodes.get(i).port())) {
                    jedis.clusterAddSlotsRange(SLOTS[i][0], SLOTS[i][1]);
                    if (i > 0) {
                        jedis.clusterMeet("127.0.0.1", cluster.nodes.get(0).port());
                    }
                }
            }
            Waiting.until("the cluster to agree (cluster_state:ok on every node)", 30, () ->
                    cluster.nodes.stream().allMatch(node -> {
                        try (Jedis jedis = new Jedis("127.0.0.1", node.port())) {
                            return jedis.clusterInfo().contains("cluster_state:ok")
                                    && jedis.clusterInfo().contains("cluster_known_nodes:3");
                        }
                    }));
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** For {@code spring.data.redis.cluster.nodes}: every node, comma-separated. */
    public String nodes() {
        return nodes.stream().map(RedisProcess::address).collect(Collectors.joining(","));
    }

    @Override
    public void close() {
        nodes.forEach(RedisProcess::close);
    }
}
