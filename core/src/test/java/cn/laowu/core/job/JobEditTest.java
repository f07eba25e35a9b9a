package cn.laowu.core.job;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.Appointment;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Editing a job in the service: what is refused, what reopens it, and that nothing is written when nothing changed. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class JobEditTest {

    @Autowired
    RegionService regions;
    @Autowired
    JobEdits edits;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;
    @Autowired
    WorkerService workers;
    @Autowired
    JdbcTemplate jdbc;

    private TestRegions.Chain chain;
    private RegionScope scope;
    private Actor clerk;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void region() {
        chain = TestRegions.create(regions);
        scope = RegionScope.of(chain.county());
        clerk = new Actor("clerk", chain.county().getPath(), "127.0.0.1");
    }

    @Test
    void anExpiredJobWithANewEndDateIsOpenAgainAndTheSameValuesWriteNothing() {
        Job job = publishedJob(today.plusDays(3));
        jdbc.update("UPDATE job SET ends_on = ?, status = 'EXPIRED', version = version + 1 WHERE id = ?",
                today.minusDays(1), job.getId());
        Job expired = jobs.job(scope, job.getId());

        JobEdited unchanged = edits.update(clerk, scope, job.getId(), expired.getVersion(), draft(expired, today.minusDays(1), 10));
        assertThat(unchanged.changes()).isEmpty();
        assertThat(jobs.job(scope, job.getId()).getVersion()).isEqualTo(expired.getVersion());

        JobEdited edited = edits.update(clerk, scope, job.getId(), expired.getVersion(), draft(expired, today.plusDays(30), 10));
        assertThat(edited.changes()).extracting(JobEdited.Change::field).containsExactly("报名截止");
        Job reopened = jobs.job(scope, job.getId());
        assertThat(reopened.getStatus()).isEqualTo(JobStatus.PUBLISHED);
        assertThat(reopened.getEndsOn()).isEqualTo(today.plusDays(30));
        assertThat(reopened.getVersion()).isEqualTo(expired.getVersion() + 1);
        assertThat(jdbc.queryForObject("SELECT after_data FROM audit_log WHERE entity_type = 'job' AND entity_id = ? "
                + "AND action = 'UPDATE'", String.class, String.valueOf(job.getId()))).contains("重新发布");
    }

    @Test
    void fewerPlacesThanAreTakenAreRefused() {
        Job job = publishedJob(null);
        applications.apply(worker(), job.getId(), "WECHAT");
        applications.apply(worker(), job.getId(), "WECHAT");
        Job current = jobs.job(scope, job.getId());
        assertThatThrownBy(() -> edits.update(clerk, scope, job.getId(), current.getVersion(), draft(current, null, 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能少于已占用的 2 个名额");
        assertThat(jobs.job(scope, job.getId()).getHeadcount()).isEqualTo(10);
    }

    @Test
    void anAppointmentMustBeAheadAndHaveAPlace() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 26, 10, 0);
        assertThatThrownBy(() -> Appointment.checked(now.minusHours(1), "吉首市人民医院", null, now))
                .hasMessageContaining("已经过去了");
        assertThatThrownBy(() -> Appointment.checked(now.plusDays(1), " ", null, now)).hasMessageContaining("请填写地点");
        assertThatThrownBy(() -> Appointment.checked(null, "医院", null, now)).hasMessageContaining("请填写时间");
        assertThatThrownBy(() -> Appointment.checked(now.plusYears(2), "医院", null, now)).hasMessageContaining("太远");
        Appointment ok = Appointment.checked(LocalDateTime.of(2026, 12, 3, 9, 0), "吉首市人民医院", "身份证", now);
        assertThat(ok.tell(cn.laowu.core.application.ApplicationStatus.MEDICAL))
                .isEqualTo("请于 12月3日(周四)上午9点 到 吉首市人民医院体检,带身份证");
        assertThat(Appointment.when(LocalDateTime.of(2026, 12, 3, 14, 30))).isEqualTo("12月3日(周四)下午2点半");
        assertThat(Appointment.when(LocalDateTime.of(2026, 12, 3, 12, 5))).isEqualTo("12月3日(周四)中午12点5分");
    }

    private JobService.JobDraft draft(Job job, LocalDate endsOn, int headcount) {
        return new JobService.JobDraft(job.getEmployerId(), job.getTitle(), job.getIndustry(), job.getWorkArea(),
                job.getWorkPlace(), job.getWageMinFen(), job.getWageMaxFen(), job.getHours(), job.getFoodLodging(),
                job.getSocialInsurance(), job.getAgeMin(), job.getAgeMax(), job.getHealthRequirement(), headcount,
                Boolean.TRUE.equals(job.getTrainingRequired()), endsOn);
    }

    private Job publishedJob(LocalDate endsOn) {
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("修改某厂", "浙江宁波", null, null)).getId(), "已考察");
        return jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "理货员", "物流", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 480_000, 580_000, null, null, null, null, null,
                null, 10, false, endsOn)).getId());
    }

    private long worker() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return workers.register(new NewWorker("工人", TestIds.bornIn(1980 + random.nextInt(20)),
                null, chain.village().getCode(), true)).getId();
    }
}
