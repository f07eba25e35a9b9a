package cn.laowu.core.application;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobSql;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applications and the pipeline. Places are taken with one conditional UPDATE
 * ({@code filled < headcount}), so concurrent applications for the last place never overbook;
 * a freed place goes to the longest-waiting 候补. What follows a move (follow-ups after 上岗,
 * allowances, notices) listens to {@link ApplicationStatusChanged}; what may forbid a move is a
 * {@link TransitionRule} bean of the feature that knows why.
 */
@Service
public class ApplicationService {

    private final JobApplicationMapper applications;
    private final ApplicationScope reach;
    private final ApplicationMoves moves;
    private final ApplicationIntake intake;
    private final JobService jobs;
    private final WorkerService workers;

    public ApplicationService(JobApplicationMapper applications, ApplicationScope reach, ApplicationMoves moves,
                              ApplicationIntake intake, JobService jobs, WorkerService workers) {
        this.applications = applications;
        this.reach = reach;
        this.moves = moves;
        this.intake = intake;
        this.jobs = jobs;
        this.workers = workers;
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

    /**
     * How a clerk reaches a job: as the office that owns it (every applicant, and the job itself), or
     * as the home of some of its applicants (their rows only; the employer's other applicants stay hidden).
     */
    public record JobAccess(Job job, boolean owner) {
    }

    /** A job of another office that people of the scope applied to, with how many of them did. */
    public record ResidentsJob(JobService.JobCard card, long residents) {
    }

    @Transactional
    public Outcome apply(long workerId, long jobId, String channel) {
        return apply(workerId, jobId, channel, null);
    }

    /** @param brokerId the broker credited with this application (the follower's current broker), or null */
    @Transactional
    public Outcome apply(long workerId, long jobId, String channel, Long brokerId) {
        return intake.apply(workerId, jobId, channel, brokerId);
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

    public List<Entry> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : entries(applications.selectByIds(ids));
    }

    /** The applications a broker is credited with, the newest 200. */
    public List<Entry> creditedTo(long brokerId) {
        return entries(applications.selectList(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getBrokerId, brokerId).orderByDesc(JobApplication::getId).last("LIMIT 200")));
    }

    /** The members of a 集中输送 group. */
    public List<Entry> inBatch(long batchId) {
        return entries(applications.selectList(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getBatchId, batchId).orderByAsc(JobApplication::getId)));
    }

    public List<Entry> forWorker(long workerId) {
        List<JobApplication> list = applications.selectList(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getWorkerId, workerId).orderByDesc(JobApplication::getId));
        return entries(list);
    }

    /** The members of a 集中输送 group the viewer may see: all for the job's office, else the scope's residents. */
    public List<Entry> inBatch(JobAccess access, RegionScope scope, long batchId) {
        return entries(applications.selectList(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getBatchId, batchId).eq(JobApplication::getJobId, access.job().getId())
                .apply(!access.owner(), ApplicationScope.RESIDENTS, scope.likePattern()).orderByAsc(JobApplication::getId)));
    }

    /**
     * The job's office owns it; otherwise the scope reaches it only through an application of
     * someone living there. Anything else answers 404, like a job that does not exist.
     */
    public JobAccess access(RegionScope scope, long jobId) {
        return reach.access(scope, jobId);
    }

    /**
     * Other offices' jobs that people living in the scope applied to, newest first, with how many
     * of them: where a township follows up its villagers placed by the county or elsewhere.
     */
    public List<ResidentsJob> residentsOnOthersJobs(RegionScope scope) {
        List<Map<String, Object>> counts = applications.selectMaps(new QueryWrapper<JobApplication>()
                .select("job_id", "COUNT(*) AS residents").apply(ApplicationScope.RESIDENTS, scope.likePattern())
                .apply("job_id IN (" + JobSql.idsOwnedOutside("{0}") + ")", scope.likePattern())
                .groupBy("job_id").orderByDesc("job_id").last("LIMIT 200"));
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> residents = new LinkedHashMap<>();
        counts.forEach(row -> residents.put(((Number) row.get("job_id")).longValue(),
                ((Number) row.get("residents")).longValue()));
        Map<Long, Job> byId = jobs.byIds(residents.keySet());
        List<Job> ordered = residents.keySet().stream().map(byId::get).toList();
        return jobs.cards(ordered).stream()
                .map(card -> new ResidentsJob(card, residents.get(card.job().getId()))).toList();
    }

    /**
     * The applicants of a job the scope reaches, optionally of one status: every one for the job's
     * office, only the scope's residents for anyone else.
     */
    public List<Entry> forJob(RegionScope scope, long jobId, ApplicationStatus status) {
        JobAccess access = access(scope, jobId);
        return entries(applications.selectList(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getJobId, jobId).eq(status != null, JobApplication::getStatus, status)
                .apply(!access.owner(), ApplicationScope.RESIDENTS, scope.likePattern())
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
        return move(actor, scope, jobId, applicationIds, to, note, null);
    }

    /**
     * As {@link #move(Actor, RegionScope, long, List, ApplicationStatus, String)}, with when and
     * where the applicants come for 资格审查 or 体检 ({@link Appointment#checked}); each is told
     * the time and place in the same transaction.
     */
    @Transactional
    public int move(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, ApplicationStatus to,
                    String note, Appointment appointment) {
        if (to == ApplicationStatus.DISPATCH) {
            throw new RuleViolation("集中输送要编入一个输送批次:先在下方建批次(出发日期、集合地点、带队人),再选批次办理。");
        }
        if (appointment != null && !Appointment.belongsTo(to)) {
            throw new RuleViolation("办理为「" + to.label() + "」不用填时间地点;时间地点在办理资格审查或体检时填写。");
        }
        return moves.moveAll(actor, scope, jobId, applicationIds, to, note, note, null, appointment);
    }

    /**
     * 集中输送 into a group the placement feature has checked belongs to the job; {@code note} says
     * when and where the group meets, which is what the workers are told.
     */
    @Transactional
    public int dispatch(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, long batchId,
                        String note) {
        return dispatch(actor, scope, jobId, applicationIds, batchId, note, null);
    }

    /** As above, with the clerk's own reason (kept after the group's note; the rules read it). */
    @Transactional
    public int dispatch(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, long batchId,
                        String note, String reason) {
        boolean given = reason != null && !reason.isBlank();
        String full = given ? note + "(理由:" + reason.trim() + ")" : note;
        return moves.moveAll(actor, scope, jobId, applicationIds, ApplicationStatus.DISPATCH, full, given ? reason : null,
                batchId, null);
    }

    /**
     * One application the clerk's office may work on, with its job and worker: any of its own jobs',
     * or one of its residents' on another office's job (the rule of {@link #access}).
     */
    public Entry get(RegionScope scope, long applicationId) {
        return reach.get(scope, applicationId);
    }

    /**
     * Sets or changes when and where an applicant in 资格审查 or 体检 comes, and tells them in the
     * same transaction; the same form submitted twice tells the worker once.
     */
    @Transactional
    public Entry schedule(Actor actor, RegionScope scope, long applicationId, Appointment appointment) {
        return moves.schedule(actor, scope, applicationId, appointment);
    }

    /** The first follow-up answered starts 跟踪服务 (moved by whoever recorded it); nothing to do after. */
    @Transactional
    public void beginFollowUp(long applicationId, String by) {
        JobApplication application = applications.selectById(applicationId);
        if (application != null && application.getStatus() == ApplicationStatus.PLACED) {
            moves.transition(application, ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP, by, null,
                    jobs.find(application.getJobId()).orElseThrow(), null);
        }
    }

    /** The worker gives up an application in chat. */
    @Transactional
    public void withdraw(long workerId, long applicationId) {
        JobApplication application = applications.selectById(applicationId);
        if (application == null || application.getWorkerId() != workerId || application.getStatus().isFinal()) {
            throw new NotFoundInScope("Application");
        }
        moves.transition(application, application.getStatus(), ApplicationStatus.WITHDRAWN, ApplicationStatusChanged.WORKER, "本人放弃",
                jobs.find(application.getJobId()).orElseThrow(), null);
    }

    /**
     * Why someone born on this day cannot apply for the job (its age limits), or empty: known from
     * the ID number alone, so registration can say it before asking for the rest.
     */
    public Optional<String> ageRefusal(Job job, LocalDate birthDate) {
        return intake.ageRefusal(job, birthDate);
    }

    private List<Entry> entries(List<JobApplication> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Job> jobById = jobs.byIds(list.stream().map(JobApplication::getJobId).distinct().toList());
        Map<Long, Worker> workerById = workers.byIds(list.stream().map(JobApplication::getWorkerId).distinct().toList());
        return list.stream().map(a -> new Entry(a, jobById.get(a.getJobId()), workerById.get(a.getWorkerId()))).toList();
    }
}
