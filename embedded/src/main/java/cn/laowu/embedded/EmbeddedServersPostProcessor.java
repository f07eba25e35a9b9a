package cn.laowu.embedded;

import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.devkit.servers.EmbeddedMariaDb;
import cn.laowu.devkit.servers.EmbeddedRedis;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts whatever the operator has not configured: MariaDB when there is no
 * {@code spring.datasource.url}, Redis when there is no {@code spring.data.redis.host/url}, the
 * fake WeChat API when there is no {@code laowu.wechat.api-host}, and a data key kept in the
 * data directory when there is no {@code laowu.security.data-key}, and the demo account when no
 * account is configured (a jar started outside the checkout). Runs after all config files
 * and environment variables are read, so a configured server always wins.
 */
public class EmbeddedServersPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "laowu.embedded.enabled";

    /** The demo account of config/application.yml, for a jar started where that file is not. Its token is public. */
    static final Map<String, Object> DEMO_ACCOUNT = Map.of(
            "laowu.wechat.accounts[0].appid", "wxdemo0000000001",
            "laowu.wechat.accounts[0].secret", "laowu-demo-secret",
            "laowu.wechat.accounts[0].token", "laowu-demo-token",
            "laowu.wechat.accounts[0].aes-key", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
            "laowu.wechat.accounts[0].name", "湘西州劳务输出服务",
            "laowu.wechat.accounts[0].region-code", "433100",
            "laowu.wechat.accounts[0].notice.id", "demo-notice-template");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("laowu.embedded.data-dir", "data")).toAbsolutePath();
        Map<String, Object> properties = new LinkedHashMap<>();
        if (isBlank(env.getProperty("spring.datasource.url"))) {
            EmbeddedMariaDb db = EmbeddedServers.register(EmbeddedMariaDb.start(dataDir.resolve("mariadb"),
                    dataDir.resolve("mariadb-server"), false));
            db.createDatabase("laowu");
            properties.put("spring.datasource.url", db.jdbcUrl("laowu"));
            properties.put("spring.datasource.username", "root");
            properties.put("spring.datasource.password", "");
        }
        if (isBlank(env.getProperty("spring.data.redis.host")) && isBlank(env.getProperty("spring.data.redis.url"))) {
            EmbeddedRedis redis = EmbeddedServers.register(EmbeddedRedis.start());
            properties.put("spring.data.redis.host", "127.0.0.1");
            properties.put("spring.data.redis.port", redis.port());
        }
        if (isBlank(env.getProperty("laowu.wechat.api-host"))) {
            FakeWeChatApi api = EmbeddedServers.register(
                    FakeWeChatApi.start(env.getProperty("laowu.embedded.fake-wechat-port", Integer.class, 0)));
            properties.put("laowu.wechat.api-host", api.baseUrl());
        }
        if (isBlank(env.getProperty("laowu.security.data-key"))) {
            properties.put("laowu.security.data-key", dataKey(dataDir.resolve("data-key")));
        }
        if (isBlank(env.getProperty("laowu.allowances.notice-url"))) {
            // The demo's 公示 page, so 补贴申领 and "公示" link somewhere a worker can open.
            properties.put("laowu.allowances.notice-url", "http://localhost:${server.port:8080}/notice/allowances");
        }
        // Plain http on this machine: a Secure cookie would never come back (console, H5 sign-in).
        properties.put("laowu.cookies.secure", "false");
        if (isBlank(env.getProperty("laowu.wechat.accounts[0].appid"))) {
            // Started outside the checkout (no ./config/application.yml): the demo account is inside the jar,
            // so the simulator and callbacks work; its menu is app's default (laowu.wechat.menu).
            properties.putAll(DEMO_ACCOUNT);
        }
        if (isBlank(env.getProperty("laowu.wechat.public-url"))) {
            properties.put("laowu.wechat.public-url", "http://localhost:${server.port:8080}");
        }
        env.getPropertySources().addLast(new MapPropertySource("embeddedServers", properties));
    }

    /** One key per data directory, made on first start: the encrypted rows are useless without it. */
    private static String dataKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the data key at " + file, e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
