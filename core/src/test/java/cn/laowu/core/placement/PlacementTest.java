package cn.laowu.core.placement;

import cn.laowu.core.TestIds;
import cn.laowu.core.job.JobExpiry;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.JobApplication;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobStatus;
import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** After the job is found: 集中输送 groups, 上岗, follow-ups at 1/3/6/12 months, 稳岗; and job expiry. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class PlacementTest {

    @Autowired
    RegionService regions;
    @Autowired
    JobExpiry expiry;
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
    void aGroupLeavesTogetherAndArrivesTogether() {
        Job job = publishedJob(null);
        List<Long> ids = List.of(readyToLeave(job), readyToLeave(job), readyToLeave(job));
        assertThatThrownBy(() -> dispatch.create(clerk, scope, job.getId(),
                new DispatchService.NewBatch(today.minusDays(1), "人社局门口", "张干事", "浙江宁波")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能早于今天");
        assertThatThrownBy(() -> dispatch.create(clerk, scope, job.getId(),
                new DispatchService.NewBatch(today, "人社局门口", " ", "浙江宁波")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("带队");
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(),
                new DispatchService.NewBatch(today.plusDays(2), "吉首市人社局门口", "张干事 13900001111", "浙江宁波"));

        dispatch.dispatch(clerk, scope, job.getId(), ids, batch.getId());
        DispatchService.BatchView view = dispatch.get(scope, batch.getId());
        assertThat(view.count(ApplicationStatus.DISPATCH)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT note FROM application_event WHERE application_id = ? ORDER BY id DESC LIMIT 1",
                String.class, ids.get(0))).contains("出发").contains("吉首市人社局门口").contains("张干事 13900001111");

        // One drops out before arriving; the rest of the group is placed in one action, once it has left.
        applications.move(clerk, scope, job.getId(), List.of(ids.get(2)), ApplicationStatus.WITHDRAWN, "家里有事");
        LocalDate departure = today.plusDays(2);
        assertThatThrownBy(() -> dispatch.moveGroup(clerk, scope, batch.getId(), ApplicationStatus.PLACED, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining(departure.getMonthValue() + "月" + departure.getDayOfMonth() + "日才出发")
                .hasMessageContaining("还不能办理上岗");
        assertThatThrownBy(() -> applications.move(clerk, scope, job.getId(), List.of(ids.get(0)),
                ApplicationStatus.PLACED, null)).isInstanceOf(RuleViolation.class).hasMessageContaining("才出发");
        assertThat(dispatch.get(scope, batch.getId()).count(ApplicationStatus.DISPATCH)).isEqualTo(2);
        assertThat(followUps.ofApplication(ids.get(0))).isEmpty();
        departed(batch);
        assertThat(dispatch.moveGroup(clerk, scope, batch.getId(), ApplicationStatus.PLACED, null)).isEqualTo(2);
        view = dispatch.get(scope, batch.getId());
        assertThat(view.count(ApplicationStatus.PLACED)).isEqualTo(2);
        assertThat(view.count(ApplicationStatus.WITHDRAWN)).isEqualTo(1);
        assertThatThrownBy(() -> dispatch.moveGroup(clerk, scope, batch.getId(), ApplicationStatus.PLACED, null))
                .hasMessageContaining("没有需要办理");

        // Four follow-ups each for the placed, none for who dropped out.
        assertThat(followUps.ofApplication(ids.get(0))).extracting(FollowUp::getMonthNo).containsExactly(1, 3, 6, 12);
        assertThat(followUps.ofApplication(ids.get(0))).extracting(FollowUp::getDueOn)
                .containsExactly(today.plusMonths(1), today.plusMonths(3), today.plusMonths(6), today.plusMonths(12));
        assertThat(followUps.ofApplication(ids.get(2))).isEmpty();
    }

    @Test
    void aBatchOfAnotherJobOrOfficeIsRefused() {
        Job job = publishedJob(null);
        Job other = publishedJob(null);
        long id = readyToLeave(job);
        DispatchBatch otherBatch = dispatch.create(clerk, scope, other.getId(),
                new DispatchService.NewBatch(today, "人社局", "李干事", "广东东莞"));
        assertThatThrownBy(() -> dispatch.dispatch(clerk, scope, job.getId(), List.of(id), otherBatch.getId()))
                .isInstanceOf(NotFoundInScope.class);
        TestRegions.Chain elsewhere = TestRegions.create(regions);
        assertThatThrownBy(() -> dispatch.get(RegionScope.of(elsewhere.county()), otherBatch.getId()))
                .isInstanceOf(NotFoundInScope.class);
        assertThat(applicationRow(id).getStatus()).isEqualTo(ApplicationStatus.MEDICAL);
    }

    @Test
    void followUpsStartServiceKeepTheCardCurrentAndAYearMakesItStable() {
        Job job = publishedJob(null);
        long id = placed(job);
        long workerId = applicationRow(id).getWorkerId();
        // Not yet due: nothing for the worker to answer, and 稳岗 is refused.
        assertThat(followUps.dueFor(workerId)).isEmpty();
        assertThat(followUps.nextDueOn(workerId)).contains(today.plusMonths(1));
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.FOLLOW_UP, null);
        assertThatThrownBy(() -> applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.STABLE, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("满一年");

        // A year and a bit later: all four fall due; the worker sees the latest.
        ageBy(id, 13);
        assertThat(followUps.dueFor(workerId)).map(i -> i.followUp().getMonthNo()).contains(12);
        FollowUp first = followUps.ofApplication(id).get(0);
        assertThatThrownBy(() -> followUps.answer(workerId, first.getId(),
                new FollowUpService.Answer(true, 450_000L, null, null))).hasMessageContaining("满意");
        assertThatThrownBy(() -> followUps.answer(workerId, first.getId(),
                new FollowUpService.Answer(true, -5L, Satisfaction.FAIR, null))).hasMessageContaining("工资");
        followUps.answer(workerId, first.getId(), new FollowUpService.Answer(true, 520_000L, Satisfaction.FAIR, "加班多"));
        assertThatThrownBy(() -> followUps.record(clerk, scope, first.getId(),
                new FollowUpService.Answer(true, 520_000L, Satisfaction.FAIR, null))).hasMessageContaining("记录过了");
        Worker card = workers.find(workerId).orElseThrow();
        assertThat(card.getMonthlyWageFen()).isEqualTo(520_000L);
        assertThat(card.getSatisfaction()).isEqualTo("一般");

        // Someone else's follow-up cannot be answered; another office cannot record it.
        assertThatThrownBy(() -> followUps.answer(workerId + 1_000_000, first.getId(),
                new FollowUpService.Answer(true, null, Satisfaction.SATISFIED, null))).isInstanceOf(NotFoundInScope.class);
        FollowUp last = followUps.ofApplication(id).get(3);
        TestRegions.Chain elsewhere = TestRegions.create(regions);
        assertThatThrownBy(() -> followUps.record(new Actor("x", elsewhere.county().getPath(), null),
                RegionScope.of(elsewhere.county()), last.getId(), new FollowUpService.Answer(true, null, Satisfaction.SATISFIED, null)))
                .isInstanceOf(NotFoundInScope.class);

        followUps.record(clerk, scope, last.getId(), new FollowUpService.Answer(true, null, Satisfaction.SATISFIED, "电话回访"));
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.STABLE, null);
        assertThat(applicationRow(id).getStatus()).isEqualTo(ApplicationStatus.STABLE);
        assertThat(followUps.queue(scope, 7)).noneMatch(i -> i.entry().application().getId() == id);
    }

    @Test
    void theFirstAnswerStartsFollowUpAndLeavingIsRecordedOnTheCard() {
        Job job = publishedJob(null);
        long id = placed(job);
        long workerId = applicationRow(id).getWorkerId();
        ageBy(id, 1);
        FollowUpService.Item due = followUps.dueFor(workerId).orElseThrow();
        assertThat(followUps.queue(scope, 0)).extracting(i -> i.followUp().getId()).contains(due.followUp().getId());
        assertThat(followUps.dueForReminder(1000)).extracting(i -> i.followUp().getId()).contains(due.followUp().getId());
        followUps.markReminded(due.followUp().getId());
        assertThat(followUps.dueForReminder(1000)).extracting(i -> i.followUp().getId()).doesNotContain(due.followUp().getId());

        followUps.answer(workerId, due.followUp().getId(), new FollowUpService.Answer(false, null, null, "工资老是拖"));
        assertThat(applicationRow(id).getStatus()).isEqualTo(ApplicationStatus.FOLLOW_UP);
        Worker card = workers.find(workerId).orElseThrow();
        assertThat(card.getEmploymentStatus()).isEqualTo(EmploymentStatus.SEEKING);
        assertThat(card.getEmployer()).isNull();

        // The clerk closes the placement: the follow-ups still to come are dropped.
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.WITHDRAWN, "回访时已离职");
        assertThat(followUps.ofApplication(id)).hasSize(1);
        assertThat(followUps.dueFor(workerId)).isEmpty();
    }

    @Test
    void jobsPastTheirEndDateExpireAndExtendingOpensThemAgain() {
        Job job = publishedJob(today.plusDays(5));
        jdbc.update("UPDATE job SET ends_on = ? WHERE id = ?", today.minusDays(1), job.getId());
        assertThat(expiry.expireEnded()).isGreaterThanOrEqualTo(1);
        assertThat(jobs.job(scope, job.getId()).getStatus()).isEqualTo(JobStatus.EXPIRED);
        assertThat(jobs.openJob(job.getId())).isEmpty();
        assertThat(expiry.expireEnded()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPIRE' AND entity_type = 'job' AND entity_id = ?",
                Integer.class, String.valueOf(job.getId()))).isEqualTo(1);

        assertThatThrownBy(() -> jobs.extend(clerk, scope, job.getId(), today.minusDays(2)))
                .hasMessageContaining("不能早于今天");
        assertThat(jobs.extend(clerk, scope, job.getId(), today.plusDays(30)).getStatus()).isEqualTo(JobStatus.PUBLISHED);
        assertThat(jobs.openJob(job.getId())).isPresent();
        jdbc.update("UPDATE job SET status = 'EXPIRED', ends_on = ? WHERE id = ?", today.minusDays(1), job.getId());
        Job openEnded = jobs.extend(clerk, scope, job.getId(), null);
        assertThat(openEnded.getEndsOn()).isNull();
        assertThat(openEnded.getStatus()).isEqualTo(JobStatus.PUBLISHED);
        jobs.close(clerk, scope, job.getId());
        assertThatThrownBy(() -> jobs.extend(clerk, scope, job.getId(), today.plusDays(30))).hasMessageContaining("已关闭");
    }

    @Test
    void aPlaceFreedAfterTheJobClosedIsNotOfferedToTheWaitingList() {
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("单岗厂", "浙江宁波", null, null)).getId(), "已考察");
        Job job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "叉车工", "物流", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 480_000, 580_000, null, null, null, null, null,
                null, 1, false, null)).getId());
        long taken = ((ApplicationService.Outcome.Applied) applications.apply(worker().getId(), job.getId(), "WECHAT"))
                .application().getId();
        long waiting = ((ApplicationService.Outcome.Waitlisted) applications.apply(worker().getId(), job.getId(), "WECHAT"))
                .application().getId();
        jobs.close(clerk, scope, job.getId());
        applications.move(clerk, scope, job.getId(), List.of(taken), ApplicationStatus.WITHDRAWN, "不去了");
        assertThat(applicationRow(waiting).getStatus()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(jobs.job(scope, job.getId()).getFilled()).isZero();
    }

    /** The departure day comes (a batch cannot be created with a date in the past). */
    private void departed(DispatchBatch batch) {
        jdbc.update("UPDATE dispatch_batch SET depart_on = ? WHERE id = ?", today, batch.getId());
    }

    /** Moves the placement {@code months} into the past, as if that much time had gone by. */
    private void ageBy(long applicationId, int months) {
        jdbc.update("UPDATE job_application SET placed_at = placed_at - INTERVAL " + months + " MONTH WHERE id = ?",
                applicationId);
        jdbc.update("UPDATE follow_up SET due_on = due_on - INTERVAL " + months + " MONTH WHERE application_id = ?",
                applicationId);
    }

    private JobApplication applicationRow(long id) {
        return jdbc.queryForObject("SELECT job_id, worker_id, status FROM job_application WHERE id = ?", (rs, n) -> {
            JobApplication a = new JobApplication();
            a.setId(id);
            a.setJobId(rs.getLong(1));
            a.setWorkerId(rs.getLong(2));
            a.setStatus(ApplicationStatus.valueOf(rs.getString(3)));
            return a;
        }, id);
    }

    private long placed(Job job) {
        long id = readyToLeave(job);
        DispatchBatch batch = dispatch.create(clerk, scope, job.getId(),
                new DispatchService.NewBatch(today, "人社局门口", "张干事", "浙江宁波"));
        dispatch.dispatch(clerk, scope, job.getId(), List.of(id), batch.getId());
        applications.move(clerk, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
        return id;
    }

    private long readyToLeave(Job job) {
        long id = ((ApplicationService.Outcome.Applied) applications.apply(worker().getId(), job.getId(), "WECHAT"))
                .application().getId();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(clerk, scope, job.getId(), List.of(id), step, null);
        }
        return id;
    }

    private Job publishedJob(LocalDate endsOn) {
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("宁波某厂", "浙江宁波", null, null)).getId(), "已考察");
        return jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "理货员", "物流", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 480_000, 580_000, null, null, null, null, null,
                null, 10, false, endsOn)).getId());
    }

    private Worker worker() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return workers.register(new NewWorker("工人", TestIds.bornIn(1980 + random.nextInt(20)),
                null, chain.village().getCode(), true));
    }
}
