package cn.laowu.admin.browser;

import cn.laowu.devkit.browser.WebDriverClient;
import cn.laowu.admin.AdminTestApplication;
import cn.laowu.admin.ConsoleFixture;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a county clerk opens a job's 输送批次, the batch page, and the 跟踪回访 queue,
 * and records a follow-up through the form (CSRF token and all). Screenshots in target/screenshots/.
 */
@SpringBootTest(classes = AdminTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class PlacementBrowserTest {


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
    @Autowired
    DispatchService dispatch;
    @Autowired
    FollowUpService followUps;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkSeesTheGroupAndRecordsAnOverdueFollowUp(@TempDir Path profile) throws Exception {
        ConsoleFixture fx = new ConsoleFixture(regions, staff, workers);
        RegionScope scope = RegionScope.of(fx.county);
        Actor clerk = new Actor(fx.user("county"), fx.county.getPath(), null);
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("宁波浏览器测试厂", "浙江宁波", null, null)).getId(), "已考察");
        Job job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "仓库理货员", "物流", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 480_000, 580_000, null, null, null, null, null,
                null, 5, false, null)).getId());
        List<Long> ids = List.of(fx.workerA.getId(), fx.workerB.getId()).stream()
                .map(w -> ((ApplicationService.Outcome.Applied) applications.apply(w, job.getId(), "WECHAT"))
                        .application().getId()).toList();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(clerk, scope, job.getId(), ids, step, null);
        }
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(), new DispatchService.NewBatch(
                LocalDate.now(ZoneId.of("Asia/Shanghai")), "县人社局门口", "杨干事 13907431234", "浙江宁波北仑区"));
        dispatch.dispatch(clerk, scope, job.getId(), ids, batch.getId());
        dispatch.moveGroup(clerk, scope, batch.getId(), ApplicationStatus.PLACED, null);
        jdbc.update("UPDATE follow_up SET due_on = due_on - INTERVAL 40 DAY WHERE application_id = ?", ids.get(0));

        String site = "http://127.0.0.1:" + port;
        Path screenshots = Path.of("target", "screenshots");
        try (WebDriverClient browser = WebDriverClient.chromium(profile)) {
            browser.logIn(site, fx.user("county"), ConsoleFixture.PASSWORD);

            browser.open(site + "/console/jobs/" + job.getId());
            assertThat(browser.source()).contains("县人社局门口").contains("杨干事 13907431234");
            browser.screenshot(screenshots.resolve("job-with-batch.png"));

            browser.open(site + "/console/batches/" + batch.getId());
            assertThat(browser.source()).contains("浙江宁波北仑区").contains("已上岗");
            browser.screenshot(screenshots.resolve("batch.png"));

            assertThat(browser.source()).contains("href=\"/console/follow-ups\"");
            browser.open(site + "/console/follow-ups");
            assertThat(browser.source()).contains("已逾期").contains(fx.workerA.getName());
            browser.screenshot(screenshots.resolve("follow-ups.png"));

            long followUpId = followUps.ofApplication(ids.get(0)).get(0).getId();
            browser.open(site + "/console/follow-ups/" + followUpId);
            assertThat(browser.source()).contains(fx.workerA.getPhoneMasked()).doesNotContain("id=\"full-phone\"");
            browser.click("#show-phone");
            assertThat(browser.waitForCount("#full-phone")).isPositive();
            String fullPhone = workers.phoneOf(workers.find(fx.workerA.getId()).orElseThrow());
            assertThat(browser.source()).contains("tel:" + fullPhone).contains("已记入操作日志");
            browser.click("#employed-yes");
            browser.type("#wageYuan", "5200");
            browser.click("#satisfaction option[value='SATISFIED']");
            browser.type("#note", "电话回访:按时发工资");
            browser.screenshot(screenshots.resolve("follow-up-form.png"));
            browser.type("#wageYuan", "\uE007"); // Enter submits, as a clerk would (the button is below the fold)
            browser.waitForUrl("/console/follow-ups");
            assertThat(browser.source()).contains("已记录");
        }
        assertThat(followUps.ofApplication(ids.get(0)).get(0).getMonthlyWageFen()).isEqualTo(520_000L);
        assertThat(followUps.ofApplication(ids.get(0)).get(0).getRecordedBy()).isEqualTo(fx.user("county"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'REVEAL_PHONE' AND entity_id = ?",
                Integer.class, String.valueOf(fx.workerA.getId()))).isEqualTo(1);
    }
}
