package cn.laowu.app;

import cn.laowu.devkit.fakewechat.FakeWeChatApi;
import cn.laowu.devkit.servers.FreePort;
import cn.laowu.devkit.test.IntegrationServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar's one-off commands run the real application (web beans, security and all)
 * with no port: they used to fail for want of HttpSecurity in a non-web context, which left a new
 * installation without its first administrator.
 */
@ExtendWith(OutputCaptureExtension.class)
class OneOffCommandsTest {

    private final IntegrationServers servers = IntegrationServers.get();

    @Test
    void createAdminMakesTheFirstAdministratorWithAOneTimePassword(CapturedOutput output) throws Exception {
        int unique = ThreadLocalRandom.current().nextInt(10, 99);
        String region = "46" + unique + "00";
        String username = "first" + System.nanoTime() % 1_000_000;
        int port = FreePort.find();

        int exit = LaowuApplication.runCommand(args("--create-admin=" + username, "--region=" + region,
                "--region-name=测试州" + unique, "--server.port=" + port));

        assertThat(exit).isZero();
        Matcher printed = Pattern.compile("临时密码:(\\S+)").matcher(output.getOut());
        assertThat(printed.find()).as(output.getOut()).isTrue();
        try (Connection db = DriverManager.getConnection(url(), user(), password());
             PreparedStatement query = db.prepareStatement(
                     "SELECT password_hash, must_change_password, region_code, role FROM staff_account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(new BCryptPasswordEncoder().matches(printed.group(1), row.getString(1))).isTrue();
                assertThat(row.getBoolean(2)).isTrue();
                assertThat(row.getString(3)).isEqualTo(region);
            }
        }
        // No port was opened, even when the operator's settings name one.
        assertThat(output.getOut()).doesNotContain("Tomcat started on port");
    }

    @Test
    void createAdminWithoutARegionExitsNonZeroWithUsage(CapturedOutput output) {
        int exit = LaowuApplication.runCommand(args("--create-admin=nobody"));
        assertThat(exit).isEqualTo(1);
        assertThat(output.getOut()).contains("没有创建管理员:用法");
    }

    @Test
    void publishMenuSendsTheConfiguredMenuToWeChat(CapturedOutput output) {
        try (FakeWeChatApi wechat = FakeWeChatApi.start()) {
            wechat.registerAccount("wxcommandtest0001", "command-secret");
            int exit = LaowuApplication.runCommand(args("--publish-menu",
                    "--laowu.wechat.api-host=" + wechat.baseUrl(),
                    "--laowu.wechat.accounts[0].appid=wxcommandtest0001",
                    "--laowu.wechat.accounts[0].secret=command-secret",
                    "--laowu.wechat.accounts[0].token=commandtoken"));
            assertThat(exit).isZero();
            assertThat(output.getOut()).contains("Custom menu published to 1 of 1 accounts.");
            assertThat(wechat.lastMenu()).contains("找工作").contains("\"key\":\"JOBS\"");
            // Every "my" view and a person are one tap away (issue 23, item 16).
            assertThat(wechat.lastMenu()).contains("\"key\":\"MY_COMPLAINTS\"").contains("\"key\":\"MY_TRAINING\"")
                    .contains("\"key\":\"MY_CLAIMS\"").contains("\"key\":\"HUMAN\"");
        }
    }

    @Test
    void aRefusedMenuExitsNonZero() {
        try (FakeWeChatApi wechat = FakeWeChatApi.start()) {
            wechat.registerAccount("wxcommandtest0002", "command-secret");
            wechat.failNext("/menu/create", 40018, 5);
            int exit = LaowuApplication.runCommand(args("--publish-menu",
                    "--laowu.wechat.api-host=" + wechat.baseUrl(),
                    "--laowu.wechat.accounts[0].appid=wxcommandtest0002",
                    "--laowu.wechat.accounts[0].secret=command-secret",
                    "--laowu.wechat.accounts[0].token=commandtoken"));
            assertThat(exit).isEqualTo(1);
            assertThat(wechat.lastMenu()).isEmpty();
        }
    }

    private String[] args(String... command) {
        List<String> all = new ArrayList<>();
        servers.springProperties().forEach((key, value) -> all.add("--" + key + "=" + value));
        all.addAll(List.of(command));
        return all.toArray(String[]::new);
    }

    private String url() {
        return String.valueOf(servers.springProperties().get("spring.datasource.url"));
    }

    private String user() {
        return String.valueOf(servers.springProperties().get("spring.datasource.username"));
    }

    private String password() {
        Object password = servers.springProperties().get("spring.datasource.password");
        return password == null ? "" : String.valueOf(password);
    }
}
