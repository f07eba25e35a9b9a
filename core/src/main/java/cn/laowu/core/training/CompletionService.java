package cn.laowu.core.training;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The end of a course: 结业 or 未结业 per trainee, the certificate (level and serial number), and
 * for an 订单培训 course the move of those who completed it into the linked job's pipeline.
 */
@Service
public class CompletionService {

    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final ApplicationService applications;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;

    public CompletionService(CourseService courses, EnrolmentService enrolments, AttendanceService attendance,
                             ApplicationService applications, ApplicationEventPublisher publisher, AuditLog audit,
                             Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.applications = applications;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    /** 结业 (completed) or 未结业, once the course has started; 结业 publishes {@link TrainingCompleted}. */
    @Transactional
    public Enrolment recordResult(Actor actor, TrainingViewer viewer, long enrolmentId, boolean completed, String note) {
        Enrolment enrolment = enrolmentOf(viewer, enrolmentId);
        Course course = courses.course(viewer, enrolment.getCourseId());
        LocalDate today = ChinaTime.today(clock);
        if (course.getStartsOn().isAfter(today)) {
            throw new RuleViolation("课程还没开始,不能登记结业。");
        }
        if (enrolment.getStatus() != EnrolmentStatus.ENROLLED && enrolment.getStatus() != EnrolmentStatus.NOT_COMPLETED) {
            throw new RuleViolation("「" + enrolment.getStatus().label() + "」的学员不能登记结业结果。");
        }
        if (!completed && (note == null || note.isBlank())) {
            throw new RuleViolation("未结业要写明原因。");
        }
        enrolment.setStatus(completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED);
        enrolment.setResultNote(Text.limited(note, "备注", 255));
        enrolment.setCompletedOn(completed ? today : null);
        enrolments.update(enrolment);
        audit.record(actor, completed ? "COMPLETE" : "NOT_COMPLETE", "training_enrolment", enrolmentId, null,
                course.getTitle() + (note == null || note.isBlank() ? "" : ":" + note.trim()));
        if (completed) {
            publisher.publishEvent(new TrainingCompleted(enrolmentId, enrolment.getWorkerId(), course.getId(),
                    course.getKind(), course.getOccupation(), course.getTargetLevel(), course.getStartsOn(),
                    course.getEndsOn(), today, attendance.summary(enrolment).daysAttended()));
        }
        return enrolment;
    }

    /** The certificate of a trainee who completed the course; the serial number is unique. */
    @Transactional
    public Enrolment issueCertificate(Actor actor, TrainingViewer viewer, long enrolmentId, CertificateLevel level,
                                      String serial, LocalDate issuedOn) {
        Enrolment enrolment = enrolmentOf(viewer, enrolmentId);
        Course course = courses.course(viewer, enrolment.getCourseId());
        if (enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
            throw new RuleViolation("学员结业后才能登记证书。");
        }
        if (enrolment.getCertificateSerial() != null) {
            throw new RuleViolation("这位学员已登记证书(编号 " + enrolment.getCertificateSerial() + ")。");
        }
        if (level == null || level == CertificateLevel.NONE) {
            throw new RuleViolation("请选择证书等级。");
        }
        String number = Text.required(serial, "证书编号", 32);
        if (!number.matches("[0-9A-Za-z-]{4,32}")) {
            throw new RuleViolation("证书编号只能是字母、数字和短横线(4到32位)。");
        }
        LocalDate today = ChinaTime.today(clock);
        LocalDate on = issuedOn == null ? today : issuedOn;
        if (on.isAfter(today) || on.isBefore(course.getStartsOn())) {
            throw new RuleViolation("发证日期要在开课之后、今天之前。");
        }
        enrolment.setCertificateLevel(level);
        enrolment.setCertificateSerial(number);
        enrolment.setCertificateIssuedOn(on);
        try {
            enrolments.update(enrolment);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("证书编号 " + number + " 已经登记过,请核对。");
        }
        audit.record(actor, "CERTIFICATE", "training_enrolment", enrolmentId, null,
                course.getOccupation() + " " + level.label() + " · " + number + " · " + on);
        publisher.publishEvent(new CertificateIssued(enrolmentId, enrolment.getWorkerId(), course.getId(),
                course.getOccupation(), level, number, on, course.getStartsOn(), course.getEndsOn()));
        return enrolment;
    }

    /** What moving an 订单培训 course's trainees into its job gave. */
    public record Moved(int applied, int waitlisted, int already, int refused) {
    }

    /**
     * 订单培训: everyone who completed the course (and was not moved before) applies to the linked
     * job through the pipeline, in one action.
     */
    @Transactional
    public Moved moveToJob(Actor actor, TrainingViewer viewer, long courseId) {
        Course course = courses.course(viewer, courseId);
        if (course.getJobId() == null) {
            throw new RuleViolation("这门课程没有对应的岗位。");
        }
        int applied = 0;
        int waitlisted = 0;
        int already = 0;
        int refused = 0;
        for (Enrolment enrolment : enrolments.ofCourse(courseId, EnrolmentStatus.COMPLETED)) {
            if (enrolment.getMovedToJobAt() != null) {
                continue;
            }
            ApplicationService.Outcome outcome = applications.apply(enrolment.getWorkerId(), course.getJobId(), "TRAINING");
            if (outcome instanceof ApplicationService.Outcome.Closed) {
                throw new RuleViolation("对应的岗位已停止招聘,不能转入。");
            } else if (outcome instanceof ApplicationService.Outcome.Applied) {
                applied++;
            } else if (outcome instanceof ApplicationService.Outcome.Waitlisted) {
                waitlisted++;
            } else if (outcome instanceof ApplicationService.Outcome.AlreadyApplied) {
                already++;
            } else {
                refused++;
            }
            if (!(outcome instanceof ApplicationService.Outcome.NotEligible)) {
                enrolment.setMovedToJobAt(LocalDateTime.now(clock));
                enrolments.update(enrolment);
            }
        }
        if (applied + waitlisted + already + refused == 0) {
            throw new RuleViolation("没有需要转入岗位的结业学员。");
        }
        audit.record(actor, "MOVE_TO_JOB", "training_course", courseId, null,
                "岗位 " + course.getJobId() + ":报名 " + applied + ",候补 " + waitlisted + ",已报过 " + already
                        + ",不符合条件 " + refused);
        return new Moved(applied, waitlisted, already, refused);
    }

    private Enrolment enrolmentOf(TrainingViewer viewer, long enrolmentId) {
        Enrolment enrolment = enrolments.get(enrolmentId);
        courses.course(viewer, enrolment.getCourseId());
        return enrolment;
    }
}
