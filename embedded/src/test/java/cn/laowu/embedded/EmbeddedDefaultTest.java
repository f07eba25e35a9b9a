package cn.laowu.embedded;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-command run: real embedded servers, migrations, demo data, and data that survives a restart. */
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopServers() {
        EmbeddedServers.stopAll();
    }

    @Test
    void startsWithDemoDataAndKeepsDataAndKeyAcrossARestart() throws Exception {
        long regions;
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            regions = jdbc.queryForObject("SELECT COUNT(*) FROM region", Long.class);
            assertThat(regions).isGreaterThanOrEqualTo(8 + 1);
            assertThat(jdbc.queryForObject("SELECT name FROM region WHERE code = '433101'", String.class))
                    .isEqualTo("吉首市");
            // 矮寨镇's station has no phone of its own: workers are given the township office's (V22).
            assertThat(jdbc.queryForObject("SELECT office_phone FROM region WHERE code = '433101102'", String.class))
                    .isNotBlank();
            assertThat(first.getEnvironment().getProperty("laowu.wechat.api-host")).startsWith("http://127.0.0.1:");
            // Issue 23 item 21: started without ./config (as a jar outside the checkout), the demo account is served,
            // a signed callback to it is answered, and the banner says so.
            assertThat(EmbeddedLauncher.banner(first, 1.0)).contains("公众号:湘西州劳务输出服务(wxdemo0000000001)")
                    .contains("/wx/portal/wxdemo0000000001");
            String base = "http://127.0.0.1:" + first.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "/simulator/api/send")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"appid\":\"wxdemo0000000001\",\"openid\":\"ooutside\","
                            + "\"aes\":true,\"kind\":\"text\",\"text\":\"菜单\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.body()).contains("\"status\":200").contains("<Encrypt>");
            YearDemoCheck.check(first);
            // The 东莞 outpost co-handles the demo's 华联电子 wage case, and sees the workers placed there.
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_cohandler", Long.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker_workplace WHERE is_current = 1", Long.class))
                    .isEqualTo(8);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM base_visit", Long.class)).isEqualTo(1);
            // The demo courses' sessions run to their end dates (every teaching day, morning and afternoon; issue 22).
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_course c WHERE (SELECT MAX(s.starts_at)"
                    + " FROM training_session s WHERE s.course_id = c.id) < c.ends_on - INTERVAL 4 DAY", Long.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_session s JOIN training_course c"
                    + " ON c.id = s.course_id WHERE c.title = '电焊工就业技能培训'", Long.class)).isGreaterThan(40);
            // The centre collected a job (a draft for the 州) and the 州 met 东莞 two months ago.
            assertThat(jdbc.queryForObject("SELECT j.status FROM outpost_job o JOIN job j ON j.id = o.job_id", String.class))
                    .isEqualTo("DRAFT");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_follow_up", Long.class)).isEqualTo(1);
        }
        String key = Files.readString(dataDir.resolve("data-key"));
        EmbeddedServers.stopAll();

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM region", Long.class)).isEqualTo(regions);
        }
        assertThat(Files.readString(dataDir.resolve("data-key"))).isEqualTo(key);
    }

    @Test
    void theSimulatorChatsWithTheDemoAccountThroughTheRealCallback() throws Exception {
        try (ConfigurableApplicationContext app = EmbeddedLauncher.application().run(
                "--laowu.embedded.data-dir=" + dataDir, "--server.port=0", "--spring.config.additional-location="
                        + Path.of("..", "config", "application.yml").toAbsolutePath().normalize())) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/simulator")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("公众号模拟器").contains("wxdemo0000000001");
            // The phone shows the configured custom menu, the one --publish-menu sends.
            assertThat(page.body()).contains("data-click=\"REGISTER\">实名登记<", "data-click=\"MY_INFO\">我的信息<",
                    "data-click=\"NEARBY\">就业服务站<", "data-click=\"JOBS\">找工作<", "☰ 我的");

            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + "/simulator/api/send"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"appid\":\"wxdemo0000000001\",\"openid\":\"osimtest\","
                            + "\"aes\":true,\"kind\":\"voice\",\"text\":\"路费补贴怎么领\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).contains("\"status\":200").contains("交通路费补助").contains("<Encrypt>");

            HttpResponse<String> menu = http.send(HttpRequest.newBuilder(URI.create(base + "/simulator/api/publish-menu"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(menu.body()).contains("wxdemo0000000001");
            HttpResponse<String> outbound = http.send(HttpRequest.newBuilder(URI.create(base + "/simulator/api/outbound"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(outbound.body()).contains("/cgi-bin/menu/create").contains("找工作").contains("实名登记")
                    .contains("我的信息").contains("就业服务站");

            // Plain http on this machine: the console's cookie is not Secure here (production's is), or it would not come back.
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/console/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                    .startsWith("JSESSIONID=").doesNotContainIgnoringCase("secure"));
        }
    }

    @Test
    void aFailedStartExitsTheJvmAndStopsTheEmbeddedServers() throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedLauncher.class.getName(),
                "--laowu.embedded.data-dir=" + dataDir,
                "--laowu.security.data-key=not-a-key",
                "--server.port=0"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("launcher exits by itself").isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        File log = dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile();
        assertThat(Files.readString(log.toPath())).contains("laowu.security.data-key is not valid Base64");
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString())))
                .as("no embedded server left running").isEmpty();
    }

    private ConfigurableApplicationContext start() {
        return EmbeddedLauncher.application().run("--laowu.embedded.data-dir=" + dataDir, "--server.port=0");
    }
}
