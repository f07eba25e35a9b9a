package cn.laowu.core.application;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
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
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The clerk's office work on applications: moves along the pipeline (one by one or a whole group,
 * all or nothing), the appointments for 资格审查 and 体检 and what the worker is told, places
 * released and given to the longest-waiting 候补. Runs inside {@link ApplicationService}'s transactions.
 */
@Component
class ApplicationMoves {

    private final JobApplicationMapper applications;
    private final ApplicationEventMapper events;
    private final ApplicationScope reach;
    private final JobService jobs;
    private final WorkerService workers;
    private final List<TransitionRule> rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Outbox outbox;
    private final Clock clock;
    private final StationService stations;

    ApplicationMoves(JobApplicationMapper applications, ApplicationEventMapper events, ApplicationScope scope,
                     JobService jobs, WorkerService workers, List<TransitionRule> rules, AuditLog audit,
                     ApplicationEventPublisher publisher, Outbox outbox, Clock clock, StationService stations) {
        this.applications = applications;
        this.events = events;
        this.reach = scope;
        this.jobs = jobs;
        this.workers = workers;
        this.rules = rules;
        this.audit = audit;
        this.publisher = publisher;
        this.outbox = outbox;
        this.clock = clock;
        this.stations = stations;
    }

    int moveAll(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, ApplicationStatus to,
                        String note, Long batchId, Appointment appointment) {
        return moveAll(actor, scope, jobId, applicationIds, to, note, note, batchId, appointment);
    }

    /** {@code reason}: the clerk's own words, which rules asking for a reason read (the note may be generated). */
    int moveAll(Actor actor, RegionScope scope, long jobId, List<Long> applicationIds, ApplicationStatus to,
                        String note, String reason, Long batchId, Appointment appointment) {
        ApplicationService.JobAccess access = reach.access(scope, jobId);
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
                .apply(!access.owner(), ApplicationScope.RESIDENTS, scope.likePattern()));
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
     * Sets or changes when and where an applicant in 资格审查 or 体检 comes, and tells them in the
     * same transaction. The message's source names the time and place, so submitting the same
     * form twice tells the worker once.
     */
    ApplicationService.Entry schedule(Actor actor, RegionScope scope, long applicationId, Appointment appointment) {
        ApplicationService.Entry entry = reach.get(scope, applicationId);
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
        return reach.get(scope, applicationId);
    }

    /** 202612030900 plus a short hash of place and what to bring: one message per distinct appointment. */
    private static String appointmentKey(Appointment appointment) {
        return appointment.at().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmm")) + ":"
                + Integer.toHexString((appointment.place() + "|" + appointment.bring()).hashCode());
    }

    void transition(JobApplication application, ApplicationStatus from, ApplicationStatus to, String actor,
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
        if (!jobs.find(job.getId()).map(current -> current.isOpenOn(ChinaTime.today(clock))).orElse(false)) {
            return;
        }
        JobApplication next = applications.selectOne(new LambdaQueryWrapper<JobApplication>()
                .eq(JobApplication::getJobId, job.getId()).eq(JobApplication::getStatus, ApplicationStatus.WAITLISTED)
                .orderByAsc(JobApplication::getId).last("LIMIT 1"));
        if (next != null && jobs.takePlace(job.getId(), false)) {
            transition(next, ApplicationStatus.WAITLISTED, ApplicationStatus.APPLIED, "system", "有名额空出,候补转为报名", job, null);
        }
    }

    void record(JobApplication application, ApplicationStatus from, ApplicationStatus to, String actor,
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
}
