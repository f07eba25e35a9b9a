package cn.laowu.bot.redis;

import cn.laowu.devkit.servers.RedisProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisMonitor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a text message costs in Redis round trips (issue 26: at most two), read off Redis's own
 * MONITOR on a server of the test's own: one script that checks the signed query, claims the
 * delivery, counts the rate and reads the dialog state, and one that saves the reply and the new
 * state. Commands run inside a script are shown by MONITOR as "lua" and are not round trips.
 */
@EnabledIf("redisServerInstalled")
@ContextConfiguration(initializers = CallbackRoundTripTest.OnItsOwnRedis.class)
class CallbackRoundTripTest extends RedisTopologySupport {

    private static RedisProcess server;

    static class OnItsOwnRedis implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            server = RedisProcess.start(List.of("save \"\"", "appendonly no"), false);
            context.getEnvironment().getPropertySources().addFirst(redisAt(Map.of(
                    "spring.data.redis.host", "127.0.0.1", "spring.data.redis.port", server.port())));
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            RedisProcess stopping = server;
            Runtime.getRuntime().addShutdownHook(new Thread(stopping::close));
        }
    }

    @Test
    void aMessageInADialogCostsTwoRoundTrips() {
        // The first messages load the scripts (EVALSHA, then EVAL once) and write the service window.
        startRegistration(newOpenid());
        String openid = newOpenid();
        assertThat(say(openid, "实名登记").content()).contains("第1步");
        // That first message's window is opened just after its reply: let it land before counting.
        try (Jedis probe = new Jedis("127.0.0.1", server.port())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !probe.keys("*window*" + openid).isEmpty());
        }

        Queue<String> seen = new ConcurrentLinkedQueue<>();
        String end = "end-" + UUID.randomUUID();
        Thread monitor = new Thread(() -> {
            try (Jedis jedis = new Jedis("127.0.0.1", server.port())) {
                jedis.monitor(new JedisMonitor() {
                    @Override
                    public void onCommand(String command) {
                        seen.add(command);
                        if (command.contains(end)) {
                            client.close();
                        }
                    }
                });
            } catch (RuntimeException closedByTheTest) {
                // MONITOR ends when its connection is closed.
            }
        });
        monitor.setDaemon(true);
        monitor.start();
        try (Jedis probe = new Jedis("127.0.0.1", server.port())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                probe.echo("start");
                return seen.stream().anyMatch(c -> c.contains("\"start\""));
            });
            assertThat(say(openid, "张三").content()).contains("第2步");
            probe.echo(end);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !monitor.isAlive());

        List<String> roundTrips = seen.stream()
                .filter(c -> !c.contains(" lua]"))
                .filter(c -> c.contains(openid) || c.contains("wx-signed"))
                .toList();
        assertThat(roundTrips).as("client commands for the message: %s", roundTrips).hasSize(2);
        assertThat(roundTrips).allMatch(c -> c.contains("\"EVALSHA\""));
        assertThat(seen).as("the signed query is checked inside the claim's script")
                .anyMatch(c -> c.contains(" lua]") && c.contains("wx-signed"));
    }
}
