package cn.laowu.embedded;

import cn.laowu.app.LaowuApplication;
import cn.laowu.core.account.OfficialAccount;
import cn.laowu.core.account.OfficialAccounts;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
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
            System.out.print(banner(context, (System.nanoTime() - started) / 1e9));
        } catch (Throwable failure) {
            // Boot has already printed why; exiting runs the hook that stops the embedded servers.
            System.exit(1);
        }
    }

    /** What the operator reads once started: where to go, which accounts answer callbacks, how to stop. */
    static String banner(ConfigurableApplicationContext context, double seconds) {
        String port = context.getEnvironment().getProperty("local.server.port", "8080");
        StringBuilder out = new StringBuilder(String.format("%n  劳务输出服务平台(演示环境)已启动,用时 %.1f 秒:http://localhost:%s/%n",
                seconds, port));
        List<OfficialAccount> accounts = context.getBean(OfficialAccounts.class).all();
        if (accounts.isEmpty()) {
            out.append("  没有配置公众号:微信回调都会 404。请在 config/application.yml 的 laowu.wechat.accounts 里配置。\n");
        }
        for (OfficialAccount account : accounts) {
            out.append("  公众号:").append(account.label()).append("(").append(account.appid()).append("),回调 http://localhost:")
                    .append(port).append("/wx/portal/").append(account.appid()).append('\n');
        }
        return out.append(String.format("  Ctrl-C 或 kill %d 停止(内置数据库与 Redis 一并停止)。%n%n",
                ProcessHandle.current().pid())).toString();
    }

    static SpringApplication application() {
        SpringApplication application = new SpringApplication(LaowuApplication.class, EmbeddedConfiguration.class);
        application.setDefaultProperties(Map.of(EmbeddedServersPostProcessor.ENABLED, "true"));
        return application;
    }
}
