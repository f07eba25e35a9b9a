package cn.laowu.bot.outbound;

import cn.laowu.bot.BotTestApplication;
import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.devkit.fakewechat.WeChatChannel;
import cn.laowu.devkit.servers.EmbeddedMariaDb;
import cn.laowu.devkit.test.IntegrationServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 in the middle of a drain. The bot runs as separate JVMs (child processes on the test
 * classpath) against a database and a Redis key prefix of this test's own and the fake WeChat API
 * in this JVM; the outbox holds one message per worker; two instances drain it together; one is
 * killed with SIGKILL while it holds claimed rows; a replacement starts; the outbox drains.
 * <ul>
 * <li>20,000 service notices to followers whose 48-hour window is closed, so template messages:
 * every row ends SENT and every worker received the notice exactly once. The killed instance's
 * claimed rows come back when their lease ends and are sent again with the same
 * {@code client_msg_id}, which WeChat (and the fake) accepts without delivering twice.</li>
 * <li>A job notice by customer-service message to 5,000 followers who wrote lately: WeChat has no
 * idempotency key there, so a message the killed instance had sent but not yet recorded goes
 * again. Nobody is missed, and the repeats are at most the messages sent and not yet recorded:
 * {@code settle-every} (8) per sender thread of the killed instance.</li>
 * </ul>
 */
class OutboxCrashTest {

    private static final String APPID = "wxtest0000000001";
    private static final int NOTICES = 20_000;
    private static final int JOB_NOTICES = 5_000;
    private static final int SENDERS = 4;
    /** Sent rows a sender records in one statement: what a killed sender thread may have sent unrecorded. */
    private static final int SETTLE_EVERY = 8;
    private static final Duration LEASE = Duration.ofSeconds(8);
    /**
     * WeChat answers in tens of milliseconds, and a message is delivered before its answer comes
     * back: with that latency a sender killed at any moment most likely has messages delivered and
     * not yet recorded, the case this test is about (without it, the kill mostly hits between sends).
     */
    private static final Duration WECHAT_LATENCY = Duration.ofMillis(5);

    private final IntegrationServers servers = IntegrationServers.get();
    private final String run = HexFormat.of().formatHex(randomBytes(4));
    private final String database = "laowu_crash_" + run;
    private final String redisPrefix = "laowu-crash-" + run + ":";
    private final String dataKey = Base64.getEncoder().encodeToString(randomBytes(32));
    private final List<Instance> instances = new ArrayList<>();
    private FakeWeChatApi wechat;

    @BeforeEach
    void ownDatabaseAndFakeWeChat() {
        EmbeddedMariaDb.createDatabase(servers.serverUrl(), servers.user(), servers.password(), database);
        Flyway.configure().dataSource(jdbcUrl(), servers.user(), servers.password())
                .locations("classpath:db/migration").load().migrate();
        wechat = FakeWeChatApi.start();
        wechat.countPerOpenid(true);
        wechat.answerDelay(WECHAT_LATENCY);
    }

    @AfterEach
    void cleanUp() {
        instances.forEach(Instance::kill);
        if (wechat != null) {
            wechat.close();
        }
        EmbeddedMariaDb.dropDatabase(servers.serverUrl(), servers.user(), servers.password(), database);
        try (Jedis redis = redis()) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = redis.scan(cursor, new ScanParams().match(redisPrefix + "*").count(1_000));
                if (!page.getResult().isEmpty()) {
                    redis.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        }
    }

    @Test
    void aKilledInstanceLosesNothingAndRepeatsNoServiceNoticeNorMoreThanItsInFlightChatMessages() throws Exception {
        long t0 = System.nanoTime();
        Instance a = start("a");
        Instance b = start("b");
        a.awaitReady();
        b.awaitReady();
        long t1 = System.nanoTime();

        // Template messages (service notices; the followers have not written for 48 hours).
        String notices = "crash:notice:" + run;
        queue(notices, "NOTICE", 0, NOTICES);
        await(Duration.ofSeconds(60), () -> sent(notices) >= NOTICES / 10 && heldBy(a) > 0);
        long sentBeforeKill = sent(notices);
        a.kill();
        Instance c = start("c");
        await(Duration.ofSeconds(120), () -> sent(notices) == NOTICES);
        long t2 = System.nanoTime();

        assertThat(count("SELECT COUNT(*) FROM delivery WHERE source = ? AND channel = 'TEMPLATE'", notices))
                .isEqualTo(NOTICES);
        assertThat(count("SELECT COUNT(*) FROM delivery WHERE source = ? AND attempts > 1", notices))
                .as("the killed instance's claimed rows were taken up by another").isPositive();
        for (int i = 0; i < NOTICES; i++) {
            assertThat(wechat.receivedBy(openid(notices, i))).as("notices received by worker %d", i).isEqualTo(1);
        }
        assertThat(wechat.recipientsReceivingMoreThanOnce(WeChatChannel.TEMPLATE)).isZero();
        long templateCalls = wechat.count("/message/template/send");
        System.out.printf("CRASH instances up in %.0f s; template: %,d recipients, killed after %,d, drained in %.0f s, "
                        + "%,d calls, %,d repeats dropped by client_msg_id, 0 received twice, sent by the replacement: %,d%n",
                (t1 - t0) / 1e9, NOTICES, sentBeforeKill, (t2 - t1) / 1e9, templateCalls, wechat.templateRepeatsIgnored(),
                sentBy(c));

        // Customer-service messages (a job notice to followers who wrote lately): no idempotency key.
        c.awaitReady();
        String jobNotice = "broadcast:crash" + run;
        try (Jedis redis = redis(); Pipeline pipeline = redis.pipelined()) {
            for (int i = 0; i < JOB_NOTICES; i++) {
                pipeline.setex(redisPrefix + "window:" + APPID + ":" + openid(jobNotice, i), 3_600, "1");
            }
            pipeline.sync();
        }
        queue(jobNotice, "JOB_NOTICE", 1, JOB_NOTICES);
        await(Duration.ofSeconds(60), () -> sent(jobNotice) >= JOB_NOTICES / 5 && heldBy(b) > 0);
        b.kill();
        await(Duration.ofSeconds(90), () -> sent(jobNotice) == JOB_NOTICES);

        assertThat(count("SELECT COUNT(*) FROM delivery WHERE source = ? AND channel = 'CS'", jobNotice))
                .isEqualTo(JOB_NOTICES);
        for (int i = 0; i < JOB_NOTICES; i++) {
            assertThat(wechat.receivedBy(openid(jobNotice, i), WeChatChannel.CUSTOMER_SERVICE))
                    .as("job notices received by follower %d", i).isBetween(1, 2);
        }
        long repeated = wechat.recipientsReceivingMoreThanOnce(WeChatChannel.CUSTOMER_SERVICE);
        System.out.printf("CRASH customer service: %,d recipients, %,d received twice (bound: %d unrecorded); "
                + "whole test %.0f s%n", JOB_NOTICES, repeated, SENDERS * SETTLE_EVERY, (System.nanoTime() - t0) / 1e9);
        assertThat(repeated).as("repeats: at most the messages each sender thread of the killed instance had sent "
                + "and not yet recorded").isLessThanOrEqualTo(SENDERS * SETTLE_EVERY);
    }

    /** What the outbox holds for a worker's notice: the rows Outbox.toWorker or a broadcast's audience query write. */
    private void queue(String source, String kind, int priority, int recipients) throws SQLException {
        try (Connection db = connection(); Statement statement = db.createStatement()) {
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < recipients; i++) {
                sql.append(sql.isEmpty() ? "INSERT INTO delivery (source, appid, openid, priority, kind, subject, state, "
                        + "body, status, attempts, next_attempt_at, created_at) VALUES " : ",");
                sql.append("('").append(source).append("','").append(APPID).append("','").append(openid(source, i))
                        .append("',").append(priority).append(",'").append(kind)
                        .append("','劳务报名','已录用','您报名的岗位已录用,请按时报到。','QUEUED',0,"
                                + "UTC_TIMESTAMP() - INTERVAL 1 SECOND,UTC_TIMESTAMP())");
                if ((i + 1) % 2_000 == 0 || i + 1 == recipients) {
                    statement.executeUpdate(sql.toString());
                    sql.setLength(0);
                }
            }
        }
    }

    private Instance start(String name) throws IOException {
        Path log = Path.of("target", "outbox-crash", run + "-" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), BotTestApplication.class.getName()));
        List<String> properties = List.of(
                "spring.datasource.url=" + jdbcUrl(),
                "spring.datasource.username=" + servers.user(),
                "spring.datasource.password=" + servers.password(),
                "spring.data.redis.host=" + servers.redisHost(),
                "spring.data.redis.port=" + servers.redisPort(),
                "laowu.redis.key-prefix=" + redisPrefix,
                "laowu.security.data-key=" + dataKey,
                "laowu.wechat.api-host=" + wechat.baseUrl(),
                "laowu.schedules.enabled=false",
                "server.port=0",
                "laowu.wechat.outbox.senders=" + SENDERS,
                "laowu.wechat.outbox.settle-every=" + SETTLE_EVERY,
                "laowu.wechat.outbox.rate-per-second=100000",
                "laowu.wechat.outbox.lease=" + LEASE.toSeconds() + "s",
                "logging.level.root=WARN");
        properties.forEach(p -> command.add("--" + p));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instance instance = new Instance(name, process, log);
        instances.add(instance);
        return instance;
    }

    private record Instance(String name, Process process, Path log) {

        void awaitReady() {
            await(Duration.ofSeconds(120), () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("instance " + name + " exited: " + tail());
                }
                return tail().contains(BotTestApplication.READY);
            });
        }

        /** SIGKILL: no shutdown hook, no graceful stop, rows left as they are. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private String tail() {
            try {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                return text.length() <= 4_000 ? text : text.substring(text.length() - 4_000);
            } catch (IOException e) {
                return "";
            }
        }
    }

    private long sent(String source) {
        return count("SELECT COUNT(*) FROM delivery WHERE source = ? AND status = 'SENT'", source);
    }

    /** Rows the instance has claimed and not settled: what a kill leaves behind. */
    private long heldBy(Instance instance) {
        return count("SELECT COUNT(*) FROM delivery WHERE status = 'SENDING' AND leased_by LIKE ?",
                instance.process().pid() + "@%");
    }

    /** A settled row keeps the name of the instance that settled it. */
    private long sentBy(Instance instance) {
        return count("SELECT COUNT(*) FROM delivery WHERE status = 'SENT' AND leased_by LIKE ?",
                instance.process().pid() + "@%");
    }

    private long count(String sql, String arg) {
        try (Connection db = connection(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, arg);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(Duration timeout, BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(timeout).until(condition::getAsBoolean);
    }

    private static String openid(String source, int i) {
        return "o" + Integer.toHexString(source.hashCode()) + String.format("%07d", i);
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), servers.user(), servers.password());
    }

    private Jedis redis() {
        return new Jedis(servers.redisHost(), servers.redisPort());
    }

    private String jdbcUrl() {
        String url = servers.serverUrl();
        int optionsAt = url.indexOf('?');
        return url.substring(0, optionsAt).replaceAll("/$", "") + "/" + database + url.substring(optionsAt);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
