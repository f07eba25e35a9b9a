package cn.laowu.admin.browser;

import cn.laowu.devkit.browser.WebDriverClient;
import cn.laowu.admin.AdminTestApplication;
import cn.laowu.admin.ConsoleFixture;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 375-px phone, a township clerk opens her villager's application on a county job from the
 * jobs list: her villager's row is there, another township's applicant is not, and the page does
 * not scroll sideways. Screenshots in target/screenshots/.
 */
@SpringBootTest(classes = AdminTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class TownshipBrowserTest {

    /** The page is wider than the screen: the clerk would have to scroll sideways to read it. */
    private static final String OVERFLOW = "return document.documentElement.scrollWidth - window.innerWidth;";

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegionService regions;
    @Autowired
    StaffService staff;
    @Autowired
    WorkerService workers;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;

    @Test
    void aTownshipClerkOpensHerVillagersApplicationOnACountyJobOnAPhone(@TempDir Path profile) throws Exception {
        ConsoleFixture fx = new ConsoleFixture(regions, staff, workers);
        RegionScope county = RegionScope.of(fx.county);
        Actor clerk = new Actor(fx.user("county"), fx.county.getPath(), null);
        Employer employer = jobs.vet(clerk, county, jobs.createEmployer(clerk, county,
                new JobService.NewEmployer("宁波手机测试厂", "浙江宁波", null, null)).getId(), "已考察");
        Job job = jobs.publish(clerk, county, jobs.createJob(clerk, county, new JobService.JobDraft(employer.getId(),
                "县里招的装配工", "电子制造", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 480_000, 580_000, null, null, null,
                null, null, null, 10, false, null)).getId());
        List<Long> ids = List.of(fx.workerA.getId(), fx.workerB.getId()).stream()
                .map(w -> ((ApplicationService.Outcome.Applied) applications.apply(w, job.getId(), "WECHAT"))
                        .application().getId()).toList();
        applications.move(clerk, county, job.getId(), ids, ApplicationStatus.SCREENING, null);

        String site = "http://127.0.0.1:" + port;
        Path screenshots = Path.of("target", "screenshots");
        try (WebDriverClient browser = WebDriverClient.chromium(profile)) {
            browser.phone(375, 812);
            browser.logIn(site, fx.user("towna"), ConsoleFixture.PASSWORD);

            browser.open(site + "/console/jobs");
            assertThat(browser.source()).contains("本辖区人员报名的其他岗位").contains("本辖区报名 1 人");
            assertThat(browser.script(OVERFLOW).asInt()).as("the jobs list scrolls sideways").isLessThanOrEqualTo(0);
            browser.screenshot(screenshots.resolve("township-jobs-375.png"));

            browser.click("#residents-jobs a[href='/console/jobs/" + job.getId() + "']");
            browser.waitForUrl("/console/jobs/" + job.getId());
            String page = browser.source();
            assertThat(page).contains("县里招的装配工").contains("本辖区报名人员").contains(fx.county.getName())
                    .contains(fx.workerA.getName()).contains("资格审查")
                    .doesNotContain(fx.workerB.getName()).doesNotContain(fx.workerB.getIdNumberMasked());
            assertThat(browser.count("input[name=ids][value='" + ids.get(0) + "']")).isEqualTo(1);
            assertThat(browser.count("input[name=ids][value='" + ids.get(1) + "']")).isZero();
            assertThat(browser.count("#move-form")).as("she can move her villager on").isEqualTo(1);
            assertThat(browser.script(OVERFLOW).asInt()).as("the job page scrolls sideways").isLessThanOrEqualTo(0);
            browser.click("#residents-only a[href='#applicants']"); // on a phone her people are below the job's details
            assertThat(scrolledTo(browser, "applicants")).as("the link scrolled to her people").isTrue();
            browser.screenshot(screenshots.resolve("township-villager-application-375.png"));

            browser.open(site + "/console/workers/" + fx.workerA.getId());
            assertThat(browser.source()).contains("报名与上岗").contains("县里招的装配工").contains("宁波手机测试厂");
            assertThat(browser.script(OVERFLOW).asInt()).as("the worker's card scrolls sideways").isLessThanOrEqualTo(0);
            browser.screenshot(screenshots.resolve("township-worker-card-375.png"));
        }
        assertThat(screenshots.resolve("township-villager-application-375.png")).isNotEmptyFile();
    }

    /**
     * Bootstrap scrolls smoothly: waits until the element has reached the top of the screen, or
     * the page its end (a short page cannot bring the element any higher).
     */
    private static boolean scrolledTo(WebDriverClient browser, String id) throws Exception {
        String arrived = "const top = document.getElementById('" + id + "').getBoundingClientRect().top;"
                + "const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;"
                + "return top >= -20 && (top < 20 || atEnd && top < window.innerHeight);";
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> browser.script(arrived).asBoolean());
            // The last frames of the scroll: settled when two reads of the position agree.
            AtomicLong last = new AtomicLong(-1);
            Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        long y = browser.script("return Math.round(window.scrollY);").asLong();
                        return last.getAndSet(y) == y;
                    });
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
