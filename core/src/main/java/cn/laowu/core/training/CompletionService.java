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
    private final AttendanceSheets attendance;
    private final ApplicationService applications;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;
    private final ResultRules rules;

    public CompletionService(CourseService courses, EnrolmentService enrolments, AttendanceSheets attendance,
                             ApplicationService applications, ApplicationEventPublisher publisher, AuditLog audit,
                             Clock clock, ResultRules rules) {
        this.rules = rules;
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.applications = applications;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * 结业 (completed) or 未结业, once the course has started; 结业 publishes {@link TrainingCompleted}
     * and is refused, with the reason, before the end or with too little attendance (the region's
     * {@link ResultRule}); only a county may then {@link #overrideResult override}.
     */
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
        Text.limited(note, "备注", 255);
        if (completed) {
            rules.refusal(rules.forRegion(course.getRegionPath()), course, courses.sessions(course.getId()),
                    attendance.summary(enrolment), LocalDateTime.now(clock)).ifPresent(reason -> {
                throw new RuleViolation(reason + "如确有特殊情况,请县级管理员写明理由后登记。");
            });
        }
        return record(actor, enrolment, course, completed, note, completed ? "COMPLETE" : "NOT_COMPLETE");
    }

    /**
     * 结业 against the rules, by a county (or prefecture) admin with a written reason: audited, and the
     * reason stays on the enrolment so that every claim resting on it is flagged to the reviewer.
     */
    @Transactional
    public Enrolment overrideResult(Actor actor, TrainingViewer viewer, long enrolmentId, String reason) {
        if (viewer.isInstitution() || viewer.scope().depth() > 2) {
            throw new RuleViolation("只有县级以上管理员可以破例登记结业。");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.length() < 10) {
            throw new RuleViolation("破例登记结业要写明理由(至少10个字)。");
        }
        Enrolment enrolment = enrolmentOf(viewer, enrolmentId);
        Course course = courses.course(viewer, enrolment.getCourseId());
        if (course.getStartsOn().isAfter(ChinaTime.today(clock))) {
            throw new RuleViolation("课程还没开始,不能登记结业。");
        }
        if (enrolment.getStatus() != EnrolmentStatus.ENROLLED && enrolment.getStatus() != EnrolmentStatus.NOT_COMPLETED) {
            throw new RuleViolation("「" + enrolment.getStatus().label() + "」的学员不能登记结业结果。");
        }
        String what = rules.refusal(rules.forRegion(course.getRegionPath()), course, courses.sessions(course.getId()),
                attendance.summary(enrolment), LocalDateTime.now(clock)).orElse("符合结业规则");
        enrolment.setOverrideReason(Text.limited(why, "理由", 255));
        enrolment.setOverrideBy(actor.username());
        return record(actor, enrolment, course, true, "破例结业:" + why + "(" + what + ")", "OVERRIDE_COMPLETE");
    }

    private Enrolment record(Actor actor, Enrolment enrolment, Course course, boolean completed, String note,
                             String auditCode) {
        long enrolmentId = enrolment.getId();
        LocalDate today = ChinaTime.today(clock);
        enrolment.setStatus(completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED);
        enrolment.setResultNote(cut(note));
        enrolment.setCompletedOn(completed ? today : null);
        enrolments.update(enrolment);
        audit.record(actor, auditCode, "training_enrolment", enrolmentId, null,
                course.getTitle() + (note == null || note.isBlank() ? "" : ":" + note.trim()));
        if (completed) {
            publisher.publishEvent(new TrainingCompleted(enrolmentId, enrolment.getWorkerId(), course.getId(),
                    course.getKind(), course.getOccupation(), course.getTargetLevel(), course.getStartsOn(),
                    course.getEndsOn(), today, attendance.summary(enrolment).daysAttended()));
        }
        return enrolment;
    }

    /** As below, with the course's institution named as the issuer (callers that do not ask for one). */
    @Transactional
    public Enrolment issueCertificate(Actor actor, TrainingViewer viewer, long enrolmentId, CertificateLevel level,
                                      String serial, LocalDate issuedOn) {
        Enrolment enrolment = enrolmentOf(viewer, enrolmentId);
        String issuer = courses.course(viewer, enrolment.getCourseId()).getInstitutionName();
        return issueCertificate(actor, viewer, enrolmentId, level, serial, issuedOn, issuer);
    }

    /**
     * The certificate of a trainee who completed the course, issued on or after the 结业 day; the serial
     * number is unique and the issuer (鉴定机构) is recorded.
     */
    @Transactional
    public Enrolment issueCertificate(Actor actor, TrainingViewer viewer, long enrolmentId, CertificateLevel level,
                                      String serial, LocalDate issuedOn, String issuer) {
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
        if (enrolment.getCompletedOn() != null && on.isBefore(enrolment.getCompletedOn())) {
            throw new RuleViolation("发证日期不能早于结业日期(" + enrolment.getCompletedOn() + ")。");
        }
        String by = Text.limited(issuer, "发证机构", 64);
        if ((by == null || by.isBlank()) && Boolean.TRUE.equals(rules.forRegion(course.getRegionPath()).getIssuerRequired())) {
            throw new RuleViolation("请填写发证机构。");
        }
        enrolment.setCertificateIssuer(by);
        enrolment.setCertificateLevel(level);
        enrolment.setCertificateSerial(number);
        enrolment.setCertificateIssuedOn(on);
        try {
            enrolments.update(enrolment);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("证书编号 " + number + " 已经登记过,请核对。");
        }
        audit.record(actor, "CERTIFICATE", "training_enrolment", enrolmentId, null,
                course.getOccupation() + " " + level.label() + " · " + number + " · " + on + (by == null ? "" : " · " + by));
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

    private static String cut(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String t = note.trim();
        return t.length() <= 255 ? t : t.substring(0, 255);
    }

    private Enrolment enrolmentOf(TrainingViewer viewer, long enrolmentId) {
        Enrolment enrolment = enrolments.get(enrolmentId);
        courses.course(viewer, enrolment.getCourseId());
        return enrolment;
    }
}
