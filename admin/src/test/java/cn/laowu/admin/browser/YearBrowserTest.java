package cn.laowu.admin.browser;

import cn.laowu.devkit.browser.WebDriverClient;
import cn.laowu.admin.AdminTestApplication;
import cn.laowu.admin.ConsoleFixture;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.progress.DispatchSnapshots;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.target.TargetService;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader (领导查看) reads the 调度表, the 统计报表 and the 目标责任书 on a 375-px phone: the
 * figures are there and no page scrolls sideways (wide tables scroll inside their card); the top
 * bar's 绑定微信 button opens from the folded menu within the screen.
 * Screenshots in target/screenshots/.
 */
@SpringBootTest(classes = AdminTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class YearBrowserTest {

    private static final String OVERFLOW = "return document.documentElement.scrollWidth - window.innerWidth;";
    /** The right edge of the top bar's 绑定微信 button, 0 while it is not shown. */
    private static final String BUTTON_RIGHT_EDGE = "const r = document.querySelector(\"nav a[href='/console/wechat']\")"
            + ".getBoundingClientRect(); return r.width > 0 ? r.right : 0;";

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegionService regions;
    @Autowired
    StaffService staff;
    @Autowired
    WorkerService workers;
    @Autowired
    TargetService targets;
    @Autowired
    DispatchSnapshots snapshots;

    @Test
    void aLeaderReadsTheYearOnAPhone(@TempDir Path profile) throws Exception {
        ConsoleFixture fx = new ConsoleFixture(regions, staff, workers);
        Actor zhou = new Actor(fx.user("zhou"), fx.prefecture.getPath(), null);
        targets.set(zhou, RegionScope.of(fx.prefecture), 2022, fx.county.getCode(), Map.of("TRANSFER", "800"), null);
        Actor county = new Actor(fx.user("county"), fx.county.getPath(), null);
        targets.set(county, RegionScope.of(fx.county), 2022, fx.townshipA.getCode(), Map.of("TRANSFER", "500"), null);
        targets.set(county, RegionScope.of(fx.county), 2022, fx.townshipB.getCode(), Map.of("TRANSFER", "200"), null);
        if (snapshots.find(2022, 5).isEmpty()) {
            snapshots.take(zhou, 2022, 5);
        }

        String site = "http://127.0.0.1:" + port;
        Path screenshots = Path.of("target", "screenshots");
        try (WebDriverClient browser = WebDriverClient.chromium(profile)) {
            browser.phone(375, 812);
            browser.logIn(site, fx.user("leader"), ConsoleFixture.PASSWORD);

            browser.open(site + "/console/dispatch?period=2022-5&region=" + fx.county.getCode());
            assertThat(browser.source()).contains("调度表").contains(fx.townshipA.getName()).contains("滞后").contains("<svg");
            assertThat(browser.count("#own-figures tbody tr")).as("the county's own figures").isGreaterThan(5);
            assertThat(browser.script(OVERFLOW).asInt()).as("the 调度表 scrolls sideways").isLessThanOrEqualTo(0);
            browser.screenshot(screenshots.resolve("year-dispatch-375.png"));
            // the top bar folds behind its toggler; opened, 绑定微信 sits inside the screen and leads to its page
            assertThat(browser.script(BUTTON_RIGHT_EDGE).asDouble()).as("hidden while the menu is folded").isZero();
            browser.click(".navbar-toggler");
            assertThat(browser.waitForCount("#mainNav.show")).as("the menu opens").isEqualTo(1);
            assertThat(browser.script(BUTTON_RIGHT_EDGE).asDouble()).as("绑定微信 within 375 px")
                    .isPositive().isLessThanOrEqualTo(375);
            assertThat(browser.script(OVERFLOW).asInt()).as("the open menu scrolls sideways").isLessThanOrEqualTo(0);
            browser.screenshot(screenshots.resolve("year-dispatch-menu-375.png"));
            browser.click("a[href='/console/wechat']");
            assertThat(browser.waitForUrl("/console/wechat")).endsWith("/console/wechat");
            assertThat(browser.source()).contains("绑定微信");

            browser.open(site + "/console/report?year=2022&month=12");
            assertThat(browser.source()).contains("统一统计报表").contains(fx.county.getName());
            assertThat(browser.script(OVERFLOW).asInt()).as("the report scrolls sideways").isLessThanOrEqualTo(0);
            browser.screenshot(screenshots.resolve("year-report-375.png"));

            browser.open(site + "/console/targets?year=2022&region=" + fx.county.getCode());
            assertThat(browser.source()).contains("下级合计700人,少于本级目标800人");
            assertThat(browser.count("form[action*='/console/targets/']")).as("a leader has no forms").isZero();
            assertThat(browser.script(OVERFLOW).asInt()).as("the targets page scrolls sideways").isLessThanOrEqualTo(0);
            browser.screenshot(screenshots.resolve("year-targets-375.png"));
        }
        assertThat(screenshots.resolve("year-dispatch-375.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("year-dispatch-menu-375.png")).isNotEmptyFile();
    }
}
