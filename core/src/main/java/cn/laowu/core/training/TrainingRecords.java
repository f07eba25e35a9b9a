package cn.laowu.core.training;

import cn.laowu.core.support.NotFoundInScope;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The read API other features (allowances) compute from: per enrolment, what the course was and
 * what the attendance records say. Nothing here is typed in; days come from check-ins.
 */
@Service
public class TrainingRecords {

    private final EnrolmentService enrolments;
    private final CourseService courses;
    private final AttendanceSheets attendance;

    public TrainingRecords(EnrolmentService enrolments, CourseService courses, AttendanceSheets attendance) {
        this.enrolments = enrolments;
        this.courses = courses;
        this.attendance = attendance;
    }

    /**
     * @param daysAttended    distinct days with a counted session (checked in, roll call answered or corrected)
     * @param flaggedSessions sessions checked in but with the roll call missed, not counted
     * @param sessionsPlanned all the course's sessions (the results rule's denominator)
     * @param overrideReason  a county's reason for 结业 against the results rule, or null
     */
    public record TrainingRecord(long enrolmentId, long workerId, long courseId, String courseTitle, CourseKind kind,
                                 String occupation, CertificateLevel targetLevel, String institutionName,
                                 String regionPath, LocalDate startsOn, LocalDate endsOn, EnrolmentStatus status,
                                 int sessionsAttended, int daysAttended, int flaggedSessions, LocalDate completedOn,
                                 CertificateLevel certificateLevel, String certificateSerial,
                                 LocalDate certificateIssuedOn, int sessionsPlanned, String certificateIssuer,
                                 String overrideReason, boolean courseFree, long institutionId) {

        public boolean completed() {
            return status == EnrolmentStatus.COMPLETED;
        }

        /** 已报名 → 在训 from the first check-in (flagged ones too: they were there) → 结业 / 未结业. */
        public String stageLabel() {
            return status.stageLabel(sessionsAttended + flaggedSessions > 0);
        }

        /** Whole months from the first to the last day (the 证书补助 needs ≥ 6). */
        public int months() {
            return (int) Period.between(startsOn, endsOn.plusDays(1)).toTotalMonths();
        }
    }

    /** The enrolment of a worker on a course (what a claim keyed "course:<id>" rests on), if any. */
    public Optional<TrainingRecord> record(long workerId, long courseId) {
        Enrolment e = enrolments.find(courseId, workerId);
        return e == null ? Optional.empty() : Optional.of(of(e));
    }

    /** Per session of the enrolment's course: its China start time and the trainee's mark. */
    public record SessionMark(LocalDateTime startsChina, String topic, AttendanceSheets.Mark mark) {
    }

    public List<SessionMark> sessionMarks(long enrolmentId) {
        Enrolment e = enrolments.get(enrolmentId);
        AttendanceSheets.Sheet sheet = attendance.sheet(e.getCourseId(), List.of(e));
        List<AttendanceSheets.Cell> cells = sheet.rows().get(e.getId());
        List<SessionMark> marks = new ArrayList<>();
        for (int i = 0; i < sheet.sessions().size(); i++) {
            TrainingSession s = sheet.sessions().get(i);
            marks.add(new SessionMark(CourseService.china(s.getStartsAt()), s.getTopic(), cells.get(i).mark()));
        }
        return marks;
    }

    public Optional<TrainingRecord> record(long enrolmentId) {
        try {
            return Optional.of(of(enrolments.get(enrolmentId)));
        } catch (NotFoundInScope e) {
            return Optional.empty();
        }
    }

    /** A worker's enrolments that were not cancelled, newest first. */
    public List<TrainingRecord> ofWorker(long workerId) {
        return enrolments.forWorker(workerId).stream()
                .filter(e -> e.enrolment().getStatus() != EnrolmentStatus.CANCELLED)
                .map(e -> of(e.enrolment(), e.course())).toList();
    }

    private TrainingRecord of(Enrolment enrolment) {
        return of(enrolment, courses.find(enrolment.getCourseId()).orElseThrow());
    }

    private TrainingRecord of(Enrolment e, Course c) {
        AttendanceSheets.Summary summary = attendance.summary(e);
        return new TrainingRecord(e.getId(), e.getWorkerId(), c.getId(), c.getTitle(), c.getKind(), c.getOccupation(),
                c.getTargetLevel(), c.getInstitutionName(), c.getRegionPath(), c.getStartsOn(), c.getEndsOn(),
                e.getStatus(), summary.sessionsAttended(), summary.daysAttended(), summary.flagged(),
                e.getCompletedOn(), e.getCertificateLevel(), e.getCertificateSerial(), e.getCertificateIssuedOn(),
                courses.sessions(c.getId()).size(), e.getCertificateIssuer(), e.getOverrideReason(),
                Boolean.TRUE.equals(c.getFree()), c.getInstitutionId());
    }
}
