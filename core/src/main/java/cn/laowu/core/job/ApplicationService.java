package cn.laowu.core.job;

import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.EmploymentStatus;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerMapper;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applications and the pipeline. Places are taken with one conditional UPDATE
 * ({@code filled < headcount}), so concurrent applications for the last place never overbook;
 * a freed place goes to the longest-waiting 候补.
 */
@Service
public class ApplicationService {


    private final JobApplicationMapper applications;
    private final ApplicationEventMapper events;
    private final FollowUpMapper followUps;
    private final DispatchBatchMapper batches;
    private final JobMapper jobs;
    private final WorkerMapper workers;
    private final JobService jobService;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public ApplicationService(JobApplicationMapper applications, ApplicationEventMapper events,
                              FollowUpMapper followUps, DispatchBatchMapper batches, JobMapper jobs,
                              WorkerMapper workers, JobService jobService, AuditLog audit,
                              ApplicationEventPublisher publisher, Clock clock) {
        this.applications = applications;
        this.events = events;
        this.followUps = followUps;
        this.batches = batches;
        this.jobs = jobs;
        this.workers = workers;
        this.jobService = jobService;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** What applying led to. */
    public sealed interface Outcome {
        record Applied(JobApplication application) implements Outcome {
        }

        record Waitlisted(JobApplication application) implements Outcome {
        }

        record AlreadyApplied(JobApplication application) implements Outcome {
        }

        record NotEligible(String reason) implements Outcome {
        }

        record Closed() implements Outcome {
        }
    }

    /** A worker's application with its job, for "我的报名" and the clerk's lists. */
    public record Entry(JobApplication application, Job job, Worker worker) {
    }

    @Transactional
    public Outcome apply(long workerId, long jobId, String channel) {
        return apply(workerId, jobId, channel, null);
    }

    /** @param brokerId the broker credited with this application (the follower's current broker), or null */
    @Transactional
    public Outcome apply(long workerId, long jobId, String channel, Long brokerId) {
        Job job = jobs.selectById(jobId);
        if (job == null || !job.isOpenOn(today())) {
            return new Outcome.Closed();
        }
        JobApplication existing = find(jobId, workerId);
        if (existing != null) {
            return new Outcome.AlreadyApplied(existing);
        }
        Worker worker = workers.selectById(workerId);
        String ineligible = eligibility(job, worker);
        if (ineligible != null) {
            return new Outcome.NotEligible(ineligible);
        }
        boolean placeTaken = jobs.update(null, new LambdaUpdateWrapper<Job>().eq(Job::getId, jobId)
                .eq(Job::getStatus, JobStatus.PUBLISHED).apply("filled < headcount")
                .setSql("filled = filled + 1")) == 1;
        ApplicationStatus status = placeTaken ? ApplicationStatus.APPLIED : ApplicationStatus.WAITLISTED;
        LocalDateTime now = LocalDateTime.now(clock);
        JobApplication application = new JobApplication();
        application.setJobId(jobId);
        application.setWorkerId(workerId);
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
            throw new DuplicateApplication();
        }
        record(application, null, status, ApplicationStatusChanged.WORKER, null);
        return placeTaken ? new Outcome.Applied(application) : new Outcome.Waitlisted(application);
    }

    /** Thrown (and rolled back) when a worker's two simultaneous applications race; the first stands. */
    public static class DuplicateApplication extends RuntimeException {
        public DuplicateApplication() {
            super("Duplicate application");
        }
    }

    public JobApplication find(long jobId, long workerId) {
        return applications.selectOne(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getJobId, jobId).eq(JobApplication::getWorkerId, workerId));
    }

    public List<Entry> forWorker(long workerId) {
        List<JobApplication> list = applications.selectList(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getWorkerId, workerId).orderByDesc(JobApplication::getId));
        return entries(list);
    }

    /** The applicants of a job of the clerk's office, optionally of one status. */
    public List<Entry> forJob(RegionScope scope, long jobId, ApplicationStatus status) {
        jobService.job(scope, jobId);
        return entries(applications.selectList(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getJobId, jobId).eq(status != null, JobApplication::getStatus, status)
                .orderByAsc(JobApplication::getId)));
    }

    /**
     * Moves applications of one job to the next stage, one by one or a whole group at once.
     * All or nothing: one application that cannot make the move stops the batch. 集中输送 goes
     * through {@link #dispatch}, which says which group the workers leave with.
     */
    @Transactional
    public int move(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, ApplicationStatus to,
                    String note) {
        if (to == ApplicationStatus.DISPATCH) {
            throw new RuleViolation("集中输送要编入一个输送批次:先在下方建批次(出发日期、集合地点、带队人),再选批次办理。");
        }
        return moveAll(actor, scope, jobId, applicationIds, to, note, null);
    }

    /** 集中输送: the chosen applicants join one of the job's groups; they are told when and where to meet. */
    @Transactional
    public int dispatch(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, long batchId) {
        DispatchBatch batch = batches.selectById(batchId);
        if (batch == null || batch.getJobId() != jobId) {
            throw new NotFoundInScope("Dispatch batch");
        }
        return moveAll(actor, scope, jobId, applicationIds, ApplicationStatus.DISPATCH, DispatchService.describe(batch),
                batch);
    }

    private int moveAll(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, ApplicationStatus to,
                        String note, DispatchBatch batch) {
        Job job = jobService.job(scope, jobId);
        if (applicationIds.isEmpty()) {
            throw new RuleViolation("请先勾选要办理的人员。");
        }
        if ((to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN) && (note == null || note.isBlank())) {
            throw new RuleViolation(to.label() + "要写明原因。");
        }
        if (note != null && note.trim().length() > 255) {
            throw new RuleViolation("备注最多255个字。");
        }
        List<JobApplication> selected = applications.selectList(new LambdaQueryWrapper<JobApplication>()
                .in(JobApplication::getId, applicationIds).eq(JobApplication::getJobId, jobId));
        if (selected.size() != Set.copyOf(applicationIds).size()) {
            throw new NotFoundInScope("Application");
        }
        for (JobApplication application : selected) {
            ApplicationStatus from = application.getStatus();
            if (!from.next(Boolean.TRUE.equals(job.getTrainingRequired())).contains(to)) {
                throw new RuleViolation("有人目前是「" + from.label() + "」,不能直接办理为「" + to.label() + "」。");
            }
            if (to == ApplicationStatus.STABLE && !stableOneYear(application)) {
                throw new RuleViolation("稳岗要上岗满一年,并且12个月回访记录为仍在岗;有人还不满足。");
            }
            if (from == ApplicationStatus.WAITLISTED && !takePlace(jobId)) {
                throw new RuleViolation("岗位已招满,候补人员暂时不能转为报名。");
            }
            if (batch != null) {
                application.setBatchId(batch.getId());
            }
            transition(application, from, to, actor.username(), note, job);
        }
        audit.record(actor, "MOVE_" + to.name(), "job", jobId, null,
                selected.size() + " 人 → " + to.label() + (note == null || note.isBlank() ? "" : "(" + note.trim() + ")"));
        return selected.size();
    }

    /** 稳岗 (and the broker's 300 元) needs a year in the job, confirmed by the 12-month follow-up. */
    private boolean stableOneYear(JobApplication application) {
        if (application.getPlacedAt() == null || application.getPlacedAt().toLocalDate().plusYears(1).isAfter(today())) {
            return false;
        }
        return followUps.exists(new LambdaQueryWrapper<FollowUp>()
                .eq(FollowUp::getApplicationId, application.getId())
                .eq(FollowUp::getMonthNo, FollowUpService.FINAL_MONTH)
                .eq(FollowUp::getStillEmployed, true));
    }

    /** The first follow-up answered starts 跟踪服务 (moved by whoever recorded it); nothing to do after. */
    void beginFollowUp(long applicationId, String by) {
        JobApplication application = applications.selectById(applicationId);
        if (application != null && application.getStatus() == ApplicationStatus.PLACED) {
            transition(application, ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP, by, null,
                    jobs.selectById(application.getJobId()));
        }
    }

    /** The worker gives up an application in chat. */
    @Transactional
    public void withdraw(long workerId, long applicationId) {
        JobApplication application = applications.selectById(applicationId);
        if (application == null || application.getWorkerId() != workerId || application.getStatus().isFinal()) {
            throw new NotFoundInScope("Application");
        }
        transition(application, application.getStatus(), ApplicationStatus.WITHDRAWN, ApplicationStatusChanged.WORKER, "本人放弃",
                jobs.selectById(application.getJobId()));
    }

    private void transition(JobApplication application, ApplicationStatus from, ApplicationStatus to, String actor,
                            String note, Job job) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean releases = application.getHoldsPlace() && !to.holdsPlace();
        application.setStatus(to);
        application.setHoldsPlace(to.holdsPlace());
        application.setUpdatedAt(now);
        if (to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN) {
            application.setReason(note == null ? null : note.trim());
        }
        if (to == ApplicationStatus.PLACED) {
            application.setPlacedAt(now);
            recordPlacement(application.getWorkerId(), job);
        }
        applications.updateById(application);
        if (to == ApplicationStatus.PLACED) {
            scheduleFollowUps(application);
        } else if (to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN) {
            followUps.delete(new LambdaQueryWrapper<FollowUp>().eq(FollowUp::getApplicationId, application.getId())
                    .isNull(FollowUp::getRecordedAt));
        }
        record(application, from, to, actor, note);
        if (releases) {
            jobs.update(null, new LambdaUpdateWrapper<Job>().eq(Job::getId, job.getId()).setSql("filled = filled - 1"));
            promoteWaitlisted(job);
        }
    }

    /** A freed place goes to whoever has waited longest, while the job is still taking people. */
    private void promoteWaitlisted(Job job) {
        if (!jobs.selectById(job.getId()).isOpenOn(today())) {
            return;
        }
        JobApplication next = applications.selectOne(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getJobId, job.getId()).eq(JobApplication::getStatus, ApplicationStatus.WAITLISTED)
                .orderByAsc(JobApplication::getId).last("LIMIT 1"));
        if (next != null && takePlace(job.getId())) {
            transition(next, ApplicationStatus.WAITLISTED, ApplicationStatus.APPLIED, "system", "有名额空出,候补转为报名", job);
        }
    }

    /** 跟踪服务: follow-ups due 1, 3, 6 and 12 months after 上岗, looked after by the worker's township. */
    private void scheduleFollowUps(JobApplication application) {
        Worker worker = workers.selectById(application.getWorkerId());
        LocalDate placedOn = today();
        for (int month : FollowUpService.MONTHS) {
            FollowUp followUp = new FollowUp();
            followUp.setApplicationId(application.getId());
            followUp.setWorkerId(application.getWorkerId());
            followUp.setRegionPath(worker.getHomeRegionPath());
            followUp.setMonthNo(month);
            followUp.setDueOn(placedOn.plusMonths(month));
            followUps.insert(followUp);
        }
    }

    private boolean takePlace(long jobId) {
        return jobs.update(null, new LambdaUpdateWrapper<Job>().eq(Job::getId, jobId).apply("filled < headcount")
                .setSql("filled = filled + 1")) == 1;
    }

    /** 上岗: the card shows where the worker now works (一人一卡 stays current). */
    private void recordPlacement(long workerId, Job job) {
        String employerName = jobService.employerName(job.getEmployerId());
        workers.update(null, new LambdaUpdateWrapper<Worker>().eq(Worker::getId, workerId)
                .set(Worker::getEmploymentStatus, EmploymentStatus.EMPLOYED)
                .set(Worker::getWorkPlace, job.getWorkPlace())
                .set(employerName != null, Worker::getEmployer, employerName)
                .set(Worker::getJobTitle, job.getTitle())
                .set(Worker::getMonthlyWageFen, job.getWageMinFen())
                .set(Worker::getUpdatedAt, LocalDateTime.now(clock))
                .setSql("version = version + 1"));
    }

    private void record(JobApplication application, ApplicationStatus from, ApplicationStatus to, String actor,
                        String note) {
        ApplicationEvent event = new ApplicationEvent();
        event.setApplicationId(application.getId());
        event.setFromStatus(from);
        event.setToStatus(to);
        event.setActor(actor);
        event.setNote(note == null || note.isBlank() ? null : note.trim());
        event.setAt(LocalDateTime.now(clock));
        events.insert(event);
        Job job = jobs.selectById(application.getJobId());
        publisher.publishEvent(new ApplicationStatusChanged(application.getId(), application.getWorkerId(),
                application.getJobId(), job.getTitle(), from, to, event.getNote(), actor));
    }

    /** Age limits of the job against the birth date on the card. */
    private String eligibility(Job job, Worker worker) {
        if (worker == null) {
            return "请先实名登记。";
        }
        int age = Period.between(worker.getBirthDate(), today()).getYears();
        if (job.getAgeMin() != null && age < job.getAgeMin()) {
            return "这个岗位要求年满" + job.getAgeMin() + "岁。";
        }
        if (job.getAgeMax() != null && age > job.getAgeMax()) {
            return "这个岗位要求" + job.getAgeMax() + "岁以下。";
        }
        return null;
    }

    public List<Entry> entries(List<JobApplication> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Job> jobById = jobs.selectByIds(list.stream().map(JobApplication::getJobId).distinct().toList())
                .stream().collect(Collectors.toMap(Job::getId, Function.identity()));
        Map<Long, Worker> workerById = workers.selectByIds(list.stream().map(JobApplication::getWorkerId).distinct()
                .toList()).stream().collect(Collectors.toMap(Worker::getId, Function.identity()));
        return list.stream().map(a -> new Entry(a, jobById.get(a.getJobId()), workerById.get(a.getWorkerId()))).toList();
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
