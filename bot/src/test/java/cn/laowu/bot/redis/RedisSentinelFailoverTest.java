package cn.laowu.bot.redis;

import cn.laowu.devkit.servers.LocalRedisSentinel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform on Redis under Sentinel ({@code spring.data.redis.sentinel.*}): the master is
 * killed with SIGKILL in the middle of a worker's registration; the sentinels promote the
 * replica, the platform finds the new master by itself, the registration continues at its step
 * and WeChat's retry of an answered message is still recognised.
 */
@EnabledIf("redisServerInstalled")
@ContextConfiguration(initializers = RedisSentinelFailoverTest.UnderSentinel.class)
class RedisSentinelFailoverTest extends RedisTopologySupport {

    private static LocalRedisSentinel sentinel;

    static class UnderSentinel implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            sentinel = LocalRedisSentinel.start();
            context.getEnvironment().getPropertySources().addFirst(redisAt(Map.of(
                    "spring.data.redis.sentinel.master", LocalRedisSentinel.MASTER_NAME,
                    "spring.data.redis.sentinel.nodes", sentinel.sentinels())));
        }
    }

    @AfterAll
    static void stopSentinel() {
        if (sentinel != null) {
            LocalRedisSentinel stopping = sentinel;
            Runtime.getRuntime().addShutdownHook(new Thread(stopping::close));
        }
    }

    @Test
    void aMasterFailoverMidDialogLosesNoStep() {
        everyRedisUseWorks();
        String openid = newOpenid();
        long answered = startRegistration(openid);

        sentinel.killMaster();
        sentinel.awaitFailover();
        assertThat(sentinel.currentMasterPort()).isEqualTo(sentinel.replicaPort());

        // The platform recovers by itself: a new follower's dialog works again within seconds.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> say(newOpenid(), "实名登记").content().contains("第1步"));
        assertThat(send(openid, answered, "张三").content()).as("the retry is still known after the failover")
                .contains("第2步");
        assertThat(say(openid, randomIdNumber().value()).content()).as("the dialog continues at its step")
                .contains("第3步");
        everyRedisUseWorks();
    }
}
