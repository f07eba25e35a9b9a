package cn.laowu.admin.browser;

import cn.laowu.devkit.browser.WebDriverClient;
import cn.laowu.admin.AdminTestApplication;
import cn.laowu.admin.ConsoleFixture;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.worker.WorkerService;
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
 * A real headless browser signs in, opens the dashboard (charts drawn by ECharts) and the worker
 * list, and leaves screenshots in target/screenshots/. Needs Debian's chromium and
 * chromium-driver, which .ci/run installs; skipped where they are missing.
 */
@SpringBootTest(classes = AdminTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ConsoleBrowserTest {


    @Value("${local.server.port}")
    int port;
    @Autowired
    RegionService regions;
    @Autowired
    StaffService staff;
    @Autowired
    WorkerService workers;

    @Test
    void signsInOpensTheDashboardAndTheWorkerList(@TempDir Path profile) throws Exception {
        ConsoleFixture fx = new ConsoleFixture(regions, staff, workers);
        String site = "http://127.0.0.1:" + port;
        Path screenshots = Path.of("target", "screenshots");
        try (WebDriverClient browser = WebDriverClient.chromium(profile)) {
            browser.open(site + "/console");
            assertThat(browser.url()).endsWith("/console/login");
            browser.type("#username", fx.user("county"));
            browser.type("#password", ConsoleFixture.PASSWORD);
            browser.screenshot(screenshots.resolve("login.png"));
            browser.click("button[type=submit]");

            assertThat(browser.waitForUrl("/console")).endsWith("/console");
            assertThat(browser.source()).contains("工作台").contains("建档人数").contains(fx.townshipA.getName());
            assertThat(browser.waitForCount("#chart-monthly canvas")).as("ECharts drew the monthly chart").isPositive();
            browser.screenshot(screenshots.resolve("dashboard.png"));

            browser.click("a[href='/console/workers']");
            assertThat(browser.waitForUrl("/console/workers")).endsWith("/console/workers");
            assertThat(browser.source()).contains("甲某").contains("乙某").contains("**************");
            browser.screenshot(screenshots.resolve("workers.png"));
        }
        assertThat(screenshots.resolve("dashboard.png")).isNotEmptyFile();
    }
}
