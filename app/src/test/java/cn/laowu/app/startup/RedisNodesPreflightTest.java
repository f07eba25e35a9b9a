package cn.laowu.app.startup;

import cn.laowu.core.support.ConfigurationProblem;
import cn.laowu.devkit.servers.FreePort;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start-up check of Redis under Sentinel or as a cluster: host and port are not what is checked then. */
class RedisNodesPreflightTest {

    @Test
    void aSingleServerIsLeftToTheUsualCheck() {
        assertThat(RedisNodesPreflight.checkIfConfigured(new MockEnvironment(), 500)).isFalse();
    }

    @Test
    void unreachableSentinelsAreRefusedWithWhatToSet() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.data.redis.sentinel.master", "laowu")
                .withProperty("spring.data.redis.sentinel.nodes", "127.0.0.1:" + FreePort.find());
        assertThatThrownBy(() -> RedisNodesPreflight.checkIfConfigured(env, 500))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("Cannot reach Redis Sentinel");
    }

    @Test
    void unreachableClusterNodesAreRefused() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.data.redis.cluster.nodes", "127.0.0.1:" + FreePort.find() + ",127.0.0.1:" + FreePort.find());
        assertThatThrownBy(() -> RedisNodesPreflight.checkIfConfigured(env, 500))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("Cannot reach Redis Cluster");
    }

    @Test
    void aServerThatIsNoSentinelIsRefused() {
        // The tests' own Redis answers, but knows no master named laowu: a plain server given as a sentinel.
        String redis = System.getenv().getOrDefault("LAOWU_TEST_REDIS_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("LAOWU_TEST_REDIS_PORT", "6379");
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.data.redis.sentinel.master", "laowu")
                .withProperty("spring.data.redis.sentinel.nodes", redis);
        assertThatThrownBy(() -> RedisNodesPreflight.checkIfConfigured(env, 500))
                .isInstanceOf(ConfigurationProblem.class);
    }
}
