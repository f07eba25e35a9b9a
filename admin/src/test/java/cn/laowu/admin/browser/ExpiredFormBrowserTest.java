package cn.laowu.admin.browser;

import cn.laowu.admin.AdminTestApplication;
import cn.laowu.admin.ConsoleFixture;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.browser.WebDriverClient;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk types a notice, the session ends (the cookie is gone, as after the server's timeout), and
 * the clerk presses 提交: the page says the sign-in expired (not "your role cannot"), and after
 * signing in again the same form is back with the typed text.
 */
@SpringBootTest(classes = AdminTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ExpiredFormBrowserTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegionService regions;
    @Autowired
    StaffService staff;
    @Autowired
    WorkerService workers;

    @Test
    void anExpiredSessionSaysSoAndTheTypedTextComesBackAfterSigningIn(@TempDir Path profile) throws Exception {
        ConsoleFixture fx = new ConsoleFixture(regions, staff, workers);
        String site = "http://127.0.0.1:" + port;
        try (WebDriverClient browser = WebDriverClient.chromium(profile)) {
            browser.logIn(site, fx.user("towna"), ConsoleFixture.PASSWORD);
            browser.open(site + "/console/broadcasts/new");
            browser.type("#title", "春风行动招聘会");
            browser.type("#text", "3月1日上午9点在镇政府门口招聘,请带身份证。");
            browser.deleteCookie("JSESSIONID");
            // As a click on 提交发送 (a click can land on the navbar under this small window): the submit event fires.
            browser.script("const f = document.getElementById('broadcast-form'); f.requestSubmit(f.querySelector('button.btn-success'))");

            browser.waitForCount("#login-form");
            String page = browser.source();
            assertThat(page).contains("登录已过期,请重新登录").doesNotContain("您的角色不能使用这个功能");
            browser.screenshot(Path.of("target", "screenshots", "expired-form.png"));

            browser.type("#username", fx.user("towna"));
            browser.type("#password", ConsoleFixture.PASSWORD);
            browser.click("#login-form button[type=submit]");
            assertThat(browser.waitForUrl("/console/broadcasts/new")).endsWith("/console/broadcasts/new");
            assertThat(browser.waitForCount("#draft-restored")).isPositive();
            assertThat(browser.script("return document.getElementById('title').value").asText()).isEqualTo("春风行动招聘会");
            assertThat(browser.script("return document.getElementById('text').value").asText())
                    .isEqualTo("3月1日上午9点在镇政府门口招聘,请带身份证。");

            // The restored draft is used once: the next visit shows an empty form.
            browser.open(site + "/console/broadcasts/new");
            assertThat(browser.script("return document.getElementById('title').value").asText()).isEmpty();
        }
    }
}
