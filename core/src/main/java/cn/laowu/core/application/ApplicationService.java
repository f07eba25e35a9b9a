package cn.laowu.core.application;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.station.StationService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applications and the pipeline. Places are taken with one conditional UPDATE
 * ({@code filled < headcount}), so concurrent applications for the last place never overbook;
 * a freed place goes to the longest-waiting 候补. What follows a move (follow-ups after 上岗,
 * allowances, notices) listens to {@link ApplicationStatusChanged}; what may forbid a move is a
 * {@link TransitionRule} bean of the feature that knows why.
 */
@Service
public class ApplicationService {

    /** Applications of the people living in the scope ({0} = path prefix): a township follows up its own. */
    private static final String RESIDENTS = "worker_id IN (SELECT w.id FROM worker w WHERE w.home_region_path LIKE {0})";

    private final JobApplicationMapper applications;
    private final ApplicationEventMapper events;
    private final JobService jobs;
    private final WorkerService workers;
    private final List<TransitionRule> rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Outbox outbox;
    private final Clock clock;
    private final StationService stations;

    public ApplicationService(JobApplicationMapper applications, ApplicationEventMapper events, JobService jobs,
                              WorkerService workers, List<TransitionRule> rules, AuditLog audit,
                              ApplicationEventPublisher publisher, Outbox outbox, Clock clock, StationService stations) {
        this.stations = stations;
        this.outbox = outbox;
        this.applications = applications;
        this.events = events;
        this.jobs = jobs;
        this.workers = workers;
        this.rules = rules;
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
        Job job = jobs.find(jobId).orElse(null);
        if (job == null || !job.isOpenOn(today())) {
            return new Outcome.Closed();
        }
        JobApplication existing = find(jobId, workerId);
        if (existing != null) {
            return new Outcome.AlreadyApplied(existing);
        }
        Worker worker = workers.find(workerId).orElse(null);
        String ineligible = eligibility(job, worker);
        if (ineligible != null) {
            return new Outcome.NotEligible(ineligible);
        }
        boolean placeTaken = jobs.takePlace(jobId, true);
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
        record(application, null, status, ApplicationStatusChanged.WORKER, null, job, null);
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
                .apply(!access.owner(), RESIDENTS, scope.path() + "%").orderByAsc(JobApplication::getId)));
    }

    /**
     * The job's office owns it; otherwise the scope reaches it only through an application of
     * someone living there. Anything else answers 404, like a job that does not exist.
     */
    public JobAccess access(RegionScope scope, long jobId) {
        try {
            return new JobAccess(jobs.job(scope, jobId), true);
        } catch (NotFoundInScope notOurs) {
            boolean residentsApplied = applications.exists(new LambdaQueryWrapper<JobApplication>()
                    .eq(JobApplication::getJobId, jobId).apply(RESIDENTS, scope.path() + "%"));
            if (!residentsApplied) {
                throw notOurs;
            }
            return new JobAccess(jobs.find(jobId).orElseThrow(() -> notOurs), false);
        }
    }

    /**
     * Other offices' jobs that people living in the scope applied to, newest first, with how many
     * of them: where a township follows up its villagers placed by the county or elsewhere.
     */
    public List<ResidentsJob> residentsOnOthersJobs(RegionScope scope) {
        List<Map<String, Object>> counts = applications.selectMaps(new QueryWrapper<JobApplication>()
                .select("job_id", "COUNT(*) AS residents").apply(RESIDENTS, scope.path() + "%")
                .apply("job_id IN (SELECT j.id FROM job j WHERE j.owner_region_path NOT LIKE {0})", scope.path() + "%")
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
                .apply(!access.owner(), RESIDENTS, scope.path() + "%")
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
        return moveAll(actor, scope, jobId, applicationIds, to, note, null, appointment);
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
        return moveAll(actor, scope, jobId, applicationIds, ApplicationStatus.DISPATCH, full, given ? reason : null,
                batchId, null);
    }

    private int moveAll(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, ApplicationStatus to,
                        String note, Long batchId, Appointment appointment) {
        return moveAll(actor, scope, jobId, applicationIds, to, note, note, batchId, appointment);
    }

    /** {@code reason}: the clerk's own words, which rules asking for a reason read (the note may be generated). */
    private int moveAll(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, ApplicationStatus to,
                        String note, String reason, Long batchId, Appointment appointment) {
        JobAccess access = access(scope, jobId);
        Job job = access.job();
        if (applicationIds.isEmpty()) {
            throw new RuleViolation("请先勾选要办理的人员。");
        }
        if ((to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN) && (note == null || note.isBlank())) {
            throw new RuleViolation(to.label() + "要写明原因。");
        }
        if (note != null && note.trim().length() > 255) {
            throw new RuleViolation("备注最多255个字。");
        }
        // Another office's applicants are not found, exactly like ids that do not exist.
        List<JobApplication> selected = applications.selectList(new LambdaQueryWrapper<JobApplication>()
                .in(JobApplication::getId, applicationIds).eq(JobApplication::getJobId, jobId)
                .apply(!access.owner(), RESIDENTS, scope.path() + "%"));
        if (selected.size() != Set.copyOf(applicationIds).size()) {
            throw new NotFoundInScope("Application");
        }
        for (JobApplication application : selected) {
            ApplicationStatus from = application.getStatus();
            if (!from.next(Boolean.TRUE.equals(job.getTrainingRequired())).contains(to)) {
                throw new RuleViolation("有人目前是「" + from.label() + "」,不能直接办理为「" + to.label() + "」。");
            }
            for (TransitionRule rule : rules) {
                rule.check(application, to, reason);
            }
            if (from == ApplicationStatus.WAITLISTED && !jobs.takePlace(jobId, false)) {
                throw new RuleViolation("岗位已招满,候补人员暂时不能转为报名。");
            }
            if (batchId != null) {
                application.setBatchId(batchId);
            }
            transition(application, from, to, actor.username(), note, job, appointment);
        }
        audit.record(actor, "MOVE_" + to.name(), "job", jobId, null,
                selected.size() + " 人 → " + to.label() + (note == null || note.isBlank() ? "" : "(" + note.trim() + ")")
                        + (appointment == null ? "" : ",时间地点:" + appointment.brief()));
        return selected.size();
    }

    /**
     * One application the clerk's office may work on, with its job and worker: any of its own jobs',
     * or one of its residents' on another office's job (the rule of {@link #access}).
     */
    public Entry get(RegionScope scope, long applicationId) {
        JobApplication application = applications.selectById(applicationId);
        if (application == null) {
            throw new NotFoundInScope("Application");
        }
        JobAccess access = access(scope, application.getJobId());
        Worker worker = workers.find(application.getWorkerId()).orElse(null);
        if (!access.owner() && (worker == null || !scope.covers(worker.getHomeRegionPath()))) {
            throw new NotFoundInScope("Application");
        }
        return new Entry(application, access.job(), worker);
    }

    /**
     * Sets or changes when and where an applicant in 资格审查 or 体检 comes, and tells them in the
     * same transaction. The message's source names the time and place, so submitting the same
     * form twice tells the worker once.
     */
    @Transactional
    public Entry schedule(Actor actor, RegionScope scope, long applicationId, Appointment appointment) {
        Entry entry = get(scope, applicationId);
        JobApplication application = entry.application();
        ApplicationStatus stage = application.getStatus();
        if (!Appointment.belongsTo(stage)) {
            throw new RuleViolation("只有在「资格审查」或「体检」环节的人员才能安排时间地点,此人目前是「" + stage.label() + "」。");
        }
        Appointment before = application.appointment();
        if (appointment.equals(before)) {
            throw new RuleViolation("时间地点和原来一样,没有改动,也没有再通知本人。");
        }
        applications.update(null, new LambdaUpdateWrapper<JobApplication>().eq(JobApplication::getId, applicationId)
                .eq(JobApplication::getStatus, stage)
                .set(JobApplication::getAppointmentAt, appointment.at())
                .set(JobApplication::getAppointmentPlace, appointment.place())
                .set(JobApplication::getAppointmentBring, appointment.bring())
                .set(JobApplication::getUpdatedAt, LocalDateTime.now(clock)));
        audit.record(actor, "SCHEDULE", "application", applicationId,
                before == null ? null : stage.label() + ":" + before.brief(), stage.label() + ":" + appointment.brief());
        String job = "您报名的「" + entry.job().getTitle() + "」";
        String text = (before == null ? job + stage.label() + "安排:" : job + stage.label() + "时间地点有变,")
                + appointment.tell(stage) + "。有事去不了,请联系" + whomToCall(application.getWorkerId()) + "。";
        outbox.toWorker(application.getWorkerId(), Message.single(
                "application:" + applicationId + ":appt:" + appointmentKey(appointment),
                "岗位「" + entry.job().getTitle() + "」报名", stage.label() + "安排", appointment.brief(), text));
        return get(scope, applicationId);
    }

    /** 202612030900 plus a short hash of place and what to bring: one message per distinct appointment. */
    private static String appointmentKey(Appointment appointment) {
        return appointment.at().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmm")) + ":"
                + Integer.toHexString((appointment.place() + "|" + appointment.bring()).hashCode());
    }

    /** The first follow-up answered starts 跟踪服务 (moved by whoever recorded it); nothing to do after. */
    @Transactional
    public void beginFollowUp(long applicationId, String by) {
        JobApplication application = applications.selectById(applicationId);
        if (application != null && application.getStatus() == ApplicationStatus.PLACED) {
            transition(application, ApplicationStatus.PLACED, ApplicationStatus.FOLLOW_UP, by, null,
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
        transition(application, application.getStatus(), ApplicationStatus.WITHDRAWN, ApplicationStatusChanged.WORKER, "本人放弃",
                jobs.find(application.getJobId()).orElseThrow(), null);
    }

    private void transition(JobApplication application, ApplicationStatus from, ApplicationStatus to, String actor,
                            String note, Job job, Appointment appointment) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean releases = application.getHoldsPlace() && !to.holdsPlace();
        boolean hadAppointment = application.getAppointmentAt() != null;
        application.setStatus(to);
        application.setHoldsPlace(to.holdsPlace());
        application.setUpdatedAt(now);
        if (to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN) {
            application.setReason(note == null ? null : note.trim());
        }
        if (from == ApplicationStatus.SCREENING && (to == ApplicationStatus.MEDICAL || to == ApplicationStatus.REJECTED)) {
            application.setScreeningResult(to == ApplicationStatus.MEDICAL ? ScreeningResult.PASSED : ScreeningResult.FAILED);
        }
        // An appointment belongs to the stage it was made for; the next stage starts without one.
        application.setAppointmentAt(appointment == null ? null : appointment.at());
        application.setAppointmentPlace(appointment == null ? null : appointment.place());
        application.setAppointmentBring(appointment == null ? null : appointment.bring());
        if (to == ApplicationStatus.PLACED) {
            application.setPlacedAt(now);
            workers.recordPlacement(application.getWorkerId(), job.getWorkPlace(),
                    jobs.employerName(job.getEmployerId()), job.getTitle(), job.getWageMinFen());
        }
        applications.updateById(application);
        if (appointment == null && hadAppointment) {
            // updateById leaves null fields as they were.
            applications.update(null, new LambdaUpdateWrapper<JobApplication>().eq(JobApplication::getId, application.getId())
                    .set(JobApplication::getAppointmentAt, null).set(JobApplication::getAppointmentPlace, null)
                    .set(JobApplication::getAppointmentBring, null));
        }
        record(application, from, to, actor, note, job, appointment);
        if (appointment != null) {
            tellAppointment(application, from, to, note, job, appointment);
        }
        if (releases) {
            jobs.releasePlace(job.getId());
            promoteWaitlisted(job);
        }
    }

    /** A freed place goes to whoever has waited longest, while the job is still taking people. */
    private void promoteWaitlisted(Job job) {
        if (!jobs.find(job.getId()).map(current -> current.isOpenOn(today())).orElse(false)) {
            return;
        }
        JobApplication next = applications.selectOne(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getJobId, job.getId()).eq(JobApplication::getStatus, ApplicationStatus.WAITLISTED)
                .orderByAsc(JobApplication::getId).last("LIMIT 1"));
        if (next != null && jobs.takePlace(job.getId(), false)) {
            transition(next, ApplicationStatus.WAITLISTED, ApplicationStatus.APPLIED, "system", "有名额空出,候补转为报名", job, null);
        }
    }

    private void record(JobApplication application, ApplicationStatus from, ApplicationStatus to, String actor,
                        String note, Job job, Appointment appointment) {
        ApplicationEvent event = new ApplicationEvent();
        event.setApplicationId(application.getId());
        event.setFromStatus(from);
        event.setToStatus(to);
        event.setActor(actor);
        event.setNote(note == null || note.isBlank() ? null : note.trim());
        event.setAt(LocalDateTime.now(clock));
        events.insert(event);
        publisher.publishEvent(new ApplicationStatusChanged(application.getId(), application.getWorkerId(),
                application.getJobId(), job.getTitle(), from, to, event.getNote(), actor, appointment));
    }

    /**
     * The notice of a move to 资格审查 or 体检 that came with a time and place: in place of the
     * usual one (same source), so the worker reads one message saying where to go.
     */
    private void tellAppointment(JobApplication application, ApplicationStatus from, ApplicationStatus to, String note,
                                 Job job, Appointment appointment) {
        String title = "您报名的「" + job.getTitle() + "」";
        String head = to == ApplicationStatus.MEDICAL
                ? title + (from == ApplicationStatus.SCREENING ? "已通过资格审查。" : "进入体检。")
                : title + "进入资格审查。";
        String remark = note == null || note.isBlank() ? "" : "(" + note.trim() + ")";
        outbox.toWorker(application.getWorkerId(), Message.single("application:" + application.getId() + ":" + to,
                "岗位「" + job.getTitle() + "」报名", to.label(), appointment.brief(),
                head + appointment.tell(to) + "。" + remark + "有事去不了,请联系" + whomToCall(application.getWorkerId()) + "。"));
    }

    /** The worker's own station with its phone: "请联系乡镇社会保障站" alone leaves them to find it. */
    private String whomToCall(long workerId) {
        return stations.whomToCall(workers.find(workerId).map(Worker::getHomeRegionPath).orElse(null));
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
    public Optional<String> ageRefusal(Job job, LocalDate birthDate) {
        int age = Period.between(birthDate, today()).getYears();
        if (job.getAgeMin() != null && age < job.getAgeMin()) {
            return Optional.of("这个岗位要求年满" + job.getAgeMin() + "岁。");
        }
        if (job.getAgeMax() != null && age > job.getAgeMax()) {
            return Optional.of("这个岗位要求" + job.getAgeMax() + "岁以下。");
        }
        return Optional.empty();
    }

    private List<Entry> entries(List<JobApplication> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Job> jobById = jobs.byIds(list.stream().map(JobApplication::getJobId).distinct().toList());
        Map<Long, Worker> workerById = workers.byIds(list.stream().map(JobApplication::getWorkerId).distinct().toList());
        return list.stream().map(a -> new Entry(a, jobById.get(a.getJobId()), workerById.get(a.getWorkerId()))).toList();
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
