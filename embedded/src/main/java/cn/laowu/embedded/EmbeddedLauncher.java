package cn.laowu.embedded;

import cn.laowu.app.LaowuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

/**
 * The one-command run: the production application plus in-process MariaDB, Redis and a fake
 * WeChat API, and demo data. A failed start exits the JVM, so the embedded servers stop too.
 */
public final class EmbeddedLauncher {

    private EmbeddedLauncher() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        try {
            ConfigurableApplicationContext context = application().run(args);
            String port = context.getEnvironment().getProperty("local.server.port", "8080");
            System.out.printf("%n  劳务输出服务平台(演示环境)已启动,用时 %.1f 秒:http://localhost:%s/%n"
                    + "  Ctrl-C 或 kill %d 停止(内置数据库与 Redis 一并停止)。%n%n", (System.nanoTime() - started) / 1e9, port,
                    ProcessHandle.current().pid());
        } catch (Throwable failure) {
            // Boot has already printed why; exiting runs the hook that stops the embedded servers.
            System.exit(1);
        }
    }

    static SpringApplication application() {
        SpringApplication application = new SpringApplication(LaowuApplication.class, EmbeddedConfiguration.class);
        application.setDefaultProperties(Map.of(EmbeddedServersPostProcessor.ENABLED, "true"));
        return application;
    }
}
