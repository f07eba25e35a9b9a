package cn.laowu.core.application;

import cn.laowu.core.TestIds;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobStatus;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.search.JobQuery;
import cn.laowu.core.search.JobSearch;
import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.stats.DashboardService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.EmploymentStatus;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ApplicationServiceTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    JobService jobs;
    @Autowired
    JobSearch search;
    @Autowired
    ApplicationService applications;
    @Autowired
    DashboardService dashboard;
    @Autowired
    cn.laowu.core.job.JobEdits jobEdits;
    @Autowired
    cn.laowu.core.worker.WorkerCardEdits cardEdits;
    @Autowired
    DispatchService dispatch;

    private TestRegions.Chain chain;
    private RegionScope scope;
    private Actor clerk;

    @BeforeEach
    void region() {
        chain = TestRegions.create(regions);
        scope = RegionScope.of(chain.county());
        clerk = new Actor("clerk", chain.county().getPath(), "127.0.0.1");
    }

    @Test
    void concurrentApplicationsForTheLastPlacesNeverOverbook() throws Exception {
        Job job = publishedJob(3, false, null);
        List<Worker> applicants = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            applicants.add(worker());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApplicationService.Outcome>> outcomes = new ArrayList<>();
        try {
            for (Worker worker : applicants) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return applications.apply(worker.getId(), job.getId(), "WECHAT");
                }));
            }
            start.countDown();
            int applied = 0;
            int waitlisted = 0;
            for (Future<ApplicationService.Outcome> outcome : outcomes) {
                ApplicationService.Outcome result = outcome.get();
                if (result instanceof ApplicationService.Outcome.Applied) {
                    applied++;
                } else if (result instanceof ApplicationService.Outcome.Waitlisted) {
                    waitlisted++;
                }
            }
            assertThat(applied).isEqualTo(3);
            assertThat(waitlisted).isEqualTo(9);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jobs.job(scope, job.getId()).getFilled()).isEqualTo(3);
        assertThat(applications.forJob(scope, job.getId(), ApplicationStatus.APPLIED)).hasSize(3);
    }

    @Test
    void applyingTwiceIsRecognisedAndAClosedJobTakesNoOne() {
        Job job = publishedJob(5, false, null);
        Worker worker = worker();
        assertThat(applications.apply(worker.getId(), job.getId(), "WECHAT")).isInstanceOf(ApplicationService.Outcome.Applied.class);
        assertThat(applications.apply(worker.getId(), job.getId(), "WECHAT"))
                .isInstanceOf(ApplicationService.Outcome.AlreadyApplied.class);
        jobs.close(clerk, scope, job.getId());
        assertThat(applications.apply(worker().getId(), job.getId(), "WECHAT")).isInstanceOf(ApplicationService.Outcome.Closed.class);
        assertThat(jobs.job(scope, job.getId()).getFilled()).isEqualTo(1);
    }

    @Test
    void ageLimitsAreChecked() {
        Job job = publishedJob(5, false, 99);
        assertThat(applications.apply(worker().getId(), job.getId(), "WECHAT"))
                .isInstanceOf(ApplicationService.Outcome.NotEligible.class);
    }

    @Test
    void aFreedPlaceGoesToTheLongestWaiting() {
        Job job = publishedJob(1, false, null);
        Worker first = worker();
        Worker second = worker();
        Worker third = worker();
        var taken = (ApplicationService.Outcome.Applied) applications.apply(first.getId(), job.getId(), "WECHAT");
        applications.apply(second.getId(), job.getId(), "WECHAT");
        applications.apply(third.getId(), job.getId(), "WECHAT");

        applications.move(clerk, scope, job.getId(), List.of(taken.application().getId()), ApplicationStatus.REJECTED,
                "体检未通过");

        assertThat(applications.find(job.getId(), second.getId()).getStatus()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(applications.find(job.getId(), third.getId()).getStatus()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(jobs.job(scope, job.getId()).getFilled()).isEqualTo(1);
    }

    @Test
    void thePipelineMovesStepByStepAndPlacementUpdatesTheCardAndTheDashboard() {
        Job job = publishedJob(5, true, null);
        Worker worker = worker();
        long id = ((ApplicationService.Outcome.Applied) applications.apply(worker.getId(), job.getId(), "WECHAT"))
                .application().getId();
        assertThatThrownBy(() -> applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能直接办理");
        assertThatThrownBy(() -> applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.REJECTED, " "))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("原因");
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL,
                ApplicationStatus.TRAINING)) {
            applications.move(clerk, scope, job.getId(), List.of(id), step, null);
        }
        assertThatThrownBy(() -> applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.DISPATCH, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("输送批次");
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(), new DispatchService.NewBatch(
                java.time.LocalDate.now().plusDays(3), "吉首市人社局门口", "张干事 13900001111", "广东东莞"));
        dispatch.dispatch(clerk, scope, job.getId(), List.of(id), batch.getId());
        jdbc.update("UPDATE dispatch_batch SET depart_on = ? WHERE id = ?", // the day comes
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), batch.getId());
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
        Worker card = workers.find(worker.getId()).orElseThrow();
        assertThat(card.getEmploymentStatus()).isEqualTo(EmploymentStatus.EMPLOYED);
        assertThat(card.getWorkPlace()).isEqualTo("广东东莞");
        assertThat(card.getEmployer()).isEqualTo("测试电子厂");
        long exported = dashboard.figures(RegionScope.of(chain.prefecture()), Year.now()).stream()
                .filter(f -> f.key().equals("exported")).findFirst().orElseThrow().value();
        assertThat(exported).isEqualTo(1);
        assertThat(dashboard.monthly(RegionScope.of(chain.prefecture()), Year.now()).stream()
                .filter(series -> series.label().equals("输出")).findFirst().orElseThrow().monthly()
                .get(java.time.LocalDate.now().getMonthValue() - 1)).isEqualTo(1);

        // 输出人数 is kept by home and job: it follows an edit of the job's area and a move of the worker
        Job placed = jobs.job(scope, job.getId());
        jobEdits.update(clerk, scope, job.getId(), placed.getVersion(), draft(placed, WorkArea.IN_COUNTY));
        assertThat(exported(chain.county())).as("县内 is not 输出").isZero();
        jobEdits.update(clerk, scope, job.getId(), placed.getVersion() + 1, draft(placed, WorkArea.IN_PROVINCE));
        assertThat(exported(chain.county())).isEqualTo(1);
        var township2 = regions.create(chain.county().getCode() + "102", "二镇", chain.county().getCode(), 1);
        var village2 = regions.create(township2.getCode() + "201", "二村", township2.getCode(), 0);
        var edit = cn.laowu.core.worker.WorkerEdit.of(workers.find(worker.getId()).orElseThrow());
        cardEdits.update(clerk, scope, worker.getId(), new cn.laowu.core.worker.WorkerEdit(edit.name(), edit.phone(),
                village2.getCode(), edit.education(), edit.skillLevel(), edit.skills(), edit.health(),
                edit.householdIncomeFen(), edit.familyMembers(), edit.povertyRegistered(), edit.postSchoolYouth(),
                edit.employmentStatus(), edit.workPlace(), edit.employer(), edit.jobTitle(), edit.monthlyWageFen(),
                edit.satisfaction(), edit.wantsJobChange(), edit.childrenSchooling(), edit.familyWithWorker(),
                edit.intendedArea(), edit.intendedIndustry(), edit.intendedJob(), edit.expectedWageFen(),
                edit.serviceNeeds(), edit.version()));
        assertThat(exported(chain.township())).isZero();
        assertThat(exported(township2)).isEqualTo(1);
        assertThat(exported(chain.county())).isEqualTo(1);
        dashboard.rebuild();
        assertThat(exported(township2)).as("the kept count is what counting again gives").isEqualTo(1);
        assertThat(exported(chain.township())).isZero();
    }

    private long exported(cn.laowu.core.region.Region region) {
        return dashboard.figures(RegionScope.of(region), Year.now()).stream()
                .filter(f -> f.key().equals("exported")).findFirst().orElseThrow().value();
    }

    private JobService.JobDraft draft(Job job, WorkArea area) {
        return new JobService.JobDraft(job.getEmployerId(), job.getTitle(), "电子", area, "广东东莞", 450_000, 600_000,
                "两班倒", "包吃住", "五险", null, 55, null, 5, true, null);
    }

    @Test
    void publishingNeedsAVettedEmployer() {
        Employer employer = jobs.createEmployer(clerk, scope, new JobService.NewEmployer("未考察厂", "广东", null, null));
        Job job = jobs.createJob(clerk, scope, draft(employer.getId(), 2, false, null));
        assertThatThrownBy(() -> jobs.publish(clerk, scope, job.getId())).hasMessageContaining("考察");
        jobs.vet(clerk, scope, employer.getId(), "2026年11月实地考察,宿舍干净");
        assertThat(jobs.publish(clerk, scope, job.getId()).getStatus()).isEqualTo(JobStatus.PUBLISHED);
    }

    @Test
    void searchFindsByKeywordsAndPutsTheWishedAreaFirst() {
        Job far = publishedJob(2, false, null);
        Employer local = jobs.createEmployer(clerk, scope, new JobService.NewEmployer("本县服装厂", "吉首", null, null));
        jobs.vet(clerk, scope, local.getId(), "已考察");
        Job near = jobs.createJob(clerk, scope, new JobService.JobDraft(local.getId(), "缝纫工", "服装", WorkArea.IN_COUNTY,
                "吉首市", 300_000, 400_000, null, null, null, null, null, null, 2, false, null));
        jobs.publish(clerk, scope, near.getId());
        String unique = far.getTitle();
        assertThat(search.search(new JobQuery(unique + " 东莞", null, null, null), 0, 10)).extracting(c -> c.job().getId())
                .containsExactly(far.getId());
        List<JobService.JobCard> preferLocal = search.search(new JobQuery(null, null, null, WorkArea.IN_COUNTY), 0, 50);
        assertThat(preferLocal.get(0).job().getWorkArea()).isEqualTo(WorkArea.IN_COUNTY);
    }

    private Job publishedJob(int headcount, boolean training, Integer ageMin) {
        Employer employer = jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("测试电子厂", "广东省东莞市", "人事部", null));
        jobs.vet(clerk, scope, employer.getId(), "已考察");
        Job job = jobs.createJob(clerk, scope, draft(employer.getId(), headcount, training, ageMin));
        return jobs.publish(clerk, scope, job.getId());
    }

    private JobService.JobDraft draft(long employerId, int headcount, boolean training, Integer ageMin) {
        return new JobService.JobDraft(employerId, "普工" + ThreadLocalRandom.current().nextInt(1_000_000), "电子",
                WorkArea.OUT_OF_PROVINCE, "广东东莞", 450_000, 600_000, "两班倒", "包吃住", "五险", ageMin,
                ageMin == null ? 55 : null,
                null, headcount, training, null);
    }

    private Worker worker() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return workers.register(new NewWorker("工人", TestIds.bornIn(1980 + random.nextInt(20)),
                null, chain.village().getCode(), true));
    }
}
