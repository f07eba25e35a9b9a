package cn.laowu.app.startup;

import cn.laowu.core.privacy.DataKey;
import cn.laowu.core.support.ConfigurationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Checks, before any bean is created, the three things an operator most often gets wrong: the
 * data key, the database and Redis. Each failure becomes a {@link ConfigurationProblem}, which
 * {@link ConfigurationProblemFailureAnalyzer} prints as one clear sentence instead of the pool's
 * and Flyway's stack traces.
 */
public class StartupPreflight implements ApplicationListener<ApplicationPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupPreflight.class);
    private static final int TIMEOUT_MILLIS = 5_000;

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        DataKey.parse(env.getProperty(DataKey.PROPERTY));
        log.info("Preflight: database {}, Redis at {}", checkDatabase(env), checkRedis(env));
    }

    /** The server reached (product and version), for the log; a {@link ConfigurationProblem} when none is. */
    static String checkDatabase(Environment env) {
        String url = env.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            throw new ConfigurationProblem("No database is configured (spring.datasource.url is empty).",
                    "Set SPRING_DATASOURCE_URL, e.g. jdbc:mysql://db:3306/laowu, with SPRING_DATASOURCE_USERNAME "
                            + "and SPRING_DATASOURCE_PASSWORD.");
        }
        Properties properties = new Properties();
        properties.setProperty("user", env.getProperty("spring.datasource.username", ""));
        properties.setProperty("password", env.getProperty("spring.datasource.password", ""));
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_MILLIS));
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            if (!connection.isValid(TIMEOUT_MILLIS / 1000)) {
                throw new SQLException("the connection did not answer within " + TIMEOUT_MILLIS / 1000 + " s");
            }
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new ConfigurationProblem("Cannot connect to the database at " + withoutQuery(url) + ": "
                    + rootMessage(e) + ".",
                    "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, "
                            + "and that the database server is running and the database exists.", e);
        }
    }

    /** Where Redis answered (host:port, or the configured nodes); a {@link ConfigurationProblem} when it did not. */
    static String checkRedis(Environment env) {
        if (RedisNodesPreflight.checkIfConfigured(env, TIMEOUT_MILLIS)) {
            return "the configured nodes";
        }
        String url = env.getProperty("spring.data.redis.url");
        String where;
        try {
            Jedis jedis;
            if (url != null && !url.isBlank()) {
                URI uri = URI.create(url);
                where = uri.getHost() + ":" + uri.getPort();
                jedis = new Jedis(uri, TIMEOUT_MILLIS);
            } else {
                String host = env.getProperty("spring.data.redis.host", "localhost");
                int port = env.getProperty("spring.data.redis.port", Integer.class, 6379);
                where = host + ":" + port;
                DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(TIMEOUT_MILLIS).socketTimeoutMillis(TIMEOUT_MILLIS)
                        .user(blankToNull(env.getProperty("spring.data.redis.username")))
                        .password(blankToNull(env.getProperty("spring.data.redis.password")))
                        .database(env.getProperty("spring.data.redis.database", Integer.class, 0));
                jedis = new Jedis(new HostAndPort(host, port), config.build());
            }
            try (jedis) {
                jedis.ping();
            }
            return where;
        } catch (JedisException | IllegalArgumentException e) {
            throw new ConfigurationProblem("Cannot reach Redis: " + rootMessage(e) + ".",
                    "Check SPRING_DATA_REDIS_HOST, SPRING_DATA_REDIS_PORT and SPRING_DATA_REDIS_PASSWORD "
                            + "(or SPRING_DATA_REDIS_URL), and that Redis is running.", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = firstLine(e.getMessage());
        String last = firstLine(root.getMessage());
        return root == e || first.equals(last) ? first : first + " (" + last + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim().replaceAll("\\.+$", "");
    }

    /** The query part may carry a password; never print it. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
