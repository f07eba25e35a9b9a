package cn.laowu.core.application;

import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Optional;

/**
 * A worker applying (in chat, on a job page, through a broker): eligibility by age, a place taken
 * with one conditional UPDATE ({@code filled < headcount}) so the last place is never overbooked,
 * or 候补 when the job is full. Runs inside {@link ApplicationService}'s transaction.
 */
@Component
class ApplicationIntake {

    private final JobApplicationMapper applications;
    private final ApplicationMoves moves;
    private final JobService jobs;
    private final WorkerService workers;
    private final Clock clock;

    ApplicationIntake(JobApplicationMapper applications, ApplicationMoves moves, JobService jobs, WorkerService workers,
                      Clock clock) {
        this.applications = applications;
        this.moves = moves;
        this.jobs = jobs;
        this.workers = workers;
        this.clock = clock;
    }

    ApplicationService.Outcome apply(long workerId, long jobId, String channel, Long brokerId) {
        Job job = jobs.find(jobId).orElse(null);
        if (job == null || !job.isOpenOn(ChinaTime.today(clock))) {
            return new ApplicationService.Outcome.Closed();
        }
        JobApplication existing = applications.selectOne(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getJobId, jobId).eq(JobApplication::getWorkerId, workerId));
        if (existing != null) {
            return new ApplicationService.Outcome.AlreadyApplied(existing);
        }
        Worker worker = workers.find(workerId).orElse(null);
        String ineligible = eligibility(job, worker);
        if (ineligible != null) {
            return new ApplicationService.Outcome.NotEligible(ineligible);
        }
        boolean placeTaken = jobs.takePlace(jobId, true);
        ApplicationStatus status = placeTaken ? ApplicationStatus.APPLIED : ApplicationStatus.WAITLISTED;
        LocalDateTime now = LocalDateTime.now(clock);
        JobApplication application = new JobApplication();
        application.setJobId(jobId);
        application.setWorkerId(workerId);
        application.setHomeRegionPath(worker.getHomeRegionPath());
        application.setStatus(status);
        application.setHoldsPlace(placeTaken);
        application.setChannel(channel);
        application.setBrokerId(brokerId);
        application.setCreatedAt(now);
        application.setUpdatedAt(now);
        try {
            applications.insert(application);
        } catch (DuplicateKeyException e) {
            // The same worker applied twice at once: the other request won; undo our place.
            throw new ApplicationService.DuplicateApplication();
        }
        moves.record(application, null, status, ApplicationStatusChanged.WORKER, null, job, null);
        return placeTaken ? new ApplicationService.Outcome.Applied(application) : new ApplicationService.Outcome.Waitlisted(application);
    }

    /** Age limits of the job against the birth date on the card. */
    private String eligibility(Job job, Worker worker) {
        if (worker == null) {
            return "请先实名登记。";
        }
        return ageRefusal(job, worker.getBirthDate()).orElse(null);
    }

    /**
     * Why someone born on this day cannot apply for the job (its age limits), or empty: known from
     * the ID number alone, so registration can say it before asking for the rest.
     */
    Optional<String> ageRefusal(Job job, LocalDate birthDate) {
        int age = Period.between(birthDate, ChinaTime.today(clock)).getYears();
        if (job.getAgeMin() != null && age < job.getAgeMin()) {
            return Optional.of("这个岗位要求年满" + job.getAgeMin() + "岁。");
        }
        if (job.getAgeMax() != null && age > job.getAgeMax()) {
            return Optional.of("这个岗位要求" + job.getAgeMax() + "岁以下。");
        }
        return Optional.empty();
    }
}
