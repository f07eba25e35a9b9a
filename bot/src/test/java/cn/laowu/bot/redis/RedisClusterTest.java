package cn.laowu.bot.redis;

import cn.laowu.devkit.servers.LocalRedisCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import java.util.Map;

/**
 * The platform against a Redis Cluster of three masters, configured as operators do
 * ({@code spring.data.redis.cluster.nodes}): a script whose keys are in two slots fails there
 * with CROSSSLOT, so this proves every multi-key script and command keeps its keys together.
 */
@EnabledIf("redisServerInstalled")
@ContextConfiguration(initializers = RedisClusterTest.OnTheCluster.class)
class RedisClusterTest extends RedisTopologySupport {

    private static LocalRedisCluster cluster;

    static class OnTheCluster implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            cluster = LocalRedisCluster.start();
            context.getEnvironment().getPropertySources().addFirst(redisAt(Map.of(
                    "spring.data.redis.cluster.nodes", cluster.nodes())));
        }
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            // After the context: stopped with the JVM, once the context has stopped using it.
            LocalRedisCluster stopping = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(stopping::close));
        }
    }

    @Test
    void everyRedisUseWorksOnACluster() {
        everyRedisUseWorks();
    }
}
