package cn.laowu.core.training;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Real-name attendance per session: trainees check in from chat with the session's short code or
 * by scanning its QR code, inside the session's window, once; a roll call during the session
 * opens a second code for a few minutes, and whoever checked in but does not answer it is
 * flagged. Trainers correct by hand with a reason, audited. A flagged session does not count
 * as attended until corrected. Reading it is {@link AttendanceSheets}; a paper sheet, {@link SignInSheetImport}.
 */
@Service
public class AttendanceService {

    /** Check-in opens this long before a session starts and closes this long after. */
    public static final Duration OPENS_BEFORE = Duration.ofMinutes(30);
    public static final Duration CLOSES_AFTER = Duration.ofMinutes(30);
    public static final Duration ROLL_CALL_WINDOW = Duration.ofMinutes(10);

    private final AttendanceMapper attendance;
    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final AuditLog audit;
    private final Clock clock;

    public AttendanceService(AttendanceMapper attendance, CourseService courses, EnrolmentService enrolments,
                             AuditLog audit, Clock clock) {
        this.attendance = attendance;
        this.courses = courses;
        this.enrolments = enrolments;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Result {
        CHECKED_IN, ANSWERED_ROLL_CALL, WRONG_CODE, NOT_ENROLLED, EARLY, LATE, ALREADY
    }

    /** What a check-in led to; course and session are null for a wrong code. */
    public record CheckIn(Result result, Course course, TrainingSession session) {
    }

    /** A reply with the session's 6-digit code (or the roll call's). */
    @Transactional
    public CheckIn checkInByCode(long workerId, String openid, String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return new CheckIn(Result.WRONG_CODE, null, null);
        }
        Map<Long, Enrolment> byCourse = enrolled(workerId);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<TrainingSession> match = courses.sessionsOf(byCourse.keySet()).stream()
                .filter(s -> code.equals(s.getCheckInCode()) || code.equals(s.getRollCallCode()))
                .min(Comparator.comparing(s -> Duration.between(s.getStartsAt(), now).abs()));
        if (match.isEmpty()) {
            return new CheckIn(Result.WRONG_CODE, null, null);
        }
        TrainingSession session = match.get();
        return record(byCourse.get(session.getCourseId()), session, code.equals(session.getRollCallCode())
                && !code.equals(session.getCheckInCode()), openid, "CODE", now);
    }

    /** A scan of a session's (or roll call's) temporary QR code. */
    @Transactional
    public CheckIn checkInByToken(long workerId, String openid, String token) {
        TrainingSession session = token == null ? null : courses.sessionByToken(token).orElse(null);
        if (session == null) {
            return new CheckIn(Result.WRONG_CODE, null, null);
        }
        Enrolment enrolment = enrolled(workerId).get(session.getCourseId());
        if (enrolment == null) {
            return new CheckIn(Result.NOT_ENROLLED, courses.find(session.getCourseId()).orElse(null), session);
        }
        return record(enrolment, session, token.equals(session.getRollCallToken()), openid, "QR", LocalDateTime.now(clock));
    }

    private CheckIn record(Enrolment enrolment, TrainingSession session, boolean rollCall, String openid,
                           String source, LocalDateTime now) {
        Course course = courses.find(session.getCourseId()).orElseThrow();
        if (rollCall) {
            if (now.isBefore(session.getRollCallAt())) {
                return new CheckIn(Result.EARLY, course, session);
            }
            if (now.isAfter(session.getRollCallUntil())) {
                return new CheckIn(Result.LATE, course, session);
            }
        } else {
            if (now.isBefore(session.getStartsAt().minus(OPENS_BEFORE))) {
                return new CheckIn(Result.EARLY, course, session);
            }
            if (now.isAfter(session.getStartsAt().plus(CLOSES_AFTER))) {
                return new CheckIn(Result.LATE, course, session);
            }
        }
        Attendance row = new Attendance();
        row.setSessionId(session.getId());
        row.setEnrolmentId(enrolment.getId());
        row.setKind(rollCall ? AttendanceKind.ROLL_CALL : AttendanceKind.CHECK_IN);
        row.setSource(source);
        row.setPresent(true);
        row.setOpenid(openid);
        row.setActor("worker");
        row.setAt(now);
        try {
            attendance.insert(row);
        } catch (DuplicateKeyException e) {
            return new CheckIn(Result.ALREADY, course, session);
        }
        return new CheckIn(rollCall ? Result.ANSWERED_ROLL_CALL : Result.CHECKED_IN, course, session);
    }

    private Map<Long, Enrolment> enrolled(long workerId) {
        return enrolments.activeOf(workerId).stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
                .collect(Collectors.toMap(Enrolment::getCourseId, e -> e, (a, b) -> a));
    }

    /**
     * 随机点名: during a session, a fresh code and QR token valid for {@link #ROLL_CALL_WINDOW};
     * one roll call per session.
     */
    @Transactional
    public TrainingSession openRollCall(Actor actor, TrainingViewer viewer, long sessionId) {
        TrainingSession session = sessionOf(viewer, sessionId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(session.getStartsAt()) || now.isAfter(session.getEndsAt())) {
            throw new RuleViolation("只能在上课时间内点名。");
        }
        if (session.getRollCallAt() != null) {
            throw new RuleViolation("这节课已经点过名了。");
        }
        session.setRollCallAt(now);
        session.setRollCallUntil(now.plus(ROLL_CALL_WINDOW));
        String code;
        do {
            code = CourseService.digits();
        } while (code.equals(session.getCheckInCode()));
        session.setRollCallCode(code);
        session.setRollCallToken(Text.randomCode(12));
        courses.updateSession(session);
        audit.record(actor, "ROLL_CALL", "training_session", sessionId, null, "点名 " + ROLL_CALL_WINDOW.toMinutes() + " 分钟");
        return session;
    }

    /** A trainer's correction of one trainee at one session, with the reason; audited. */
    @Transactional
    public void correct(Actor actor, TrainingViewer viewer, long sessionId, long enrolmentId, boolean present,
                        String reason) {
        TrainingSession session = sessionOf(viewer, sessionId);
        Text.required(reason, "更正原因", 255);
        Enrolment enrolment = enrolments.get(enrolmentId);
        if (!enrolment.getCourseId().equals(session.getCourseId())) {
            throw new NotFoundInScope("Enrolment");
        }
        if (session.getStartsAt().isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolation("这节课还没开始,不能更正考勤。");
        }
        List<AttendanceKind> kinds = session.getRollCallAt() == null ? List.of(AttendanceKind.CHECK_IN)
                : List.of(AttendanceKind.CHECK_IN, AttendanceKind.ROLL_CALL);
        String before = describe(rows(sessionId, enrolmentId));
        for (AttendanceKind kind : kinds) {
            Attendance row = attendance.selectOne(new LambdaQueryWrapper<Attendance>()
                    .eq(Attendance::getSessionId, sessionId).eq(Attendance::getEnrolmentId, enrolmentId)
                    .eq(Attendance::getKind, kind));
            boolean fresh = row == null;
            if (fresh) {
                row = new Attendance();
                row.setSessionId(sessionId);
                row.setEnrolmentId(enrolmentId);
                row.setKind(kind);
            }
            row.setSource("MANUAL");
            row.setPresent(present);
            row.setReason(reason.trim());
            row.setActor(actor.username());
            row.setAt(LocalDateTime.now(clock));
            if (fresh) {
                attendance.insert(row);
            } else {
                attendance.updateById(row);
            }
        }
        audit.record(actor, "CORRECT_ATTENDANCE", "training_enrolment", enrolmentId, before,
                "第" + sessionId + "节 " + (present ? "出勤" : "缺勤") + ":" + reason.trim());
    }

    private TrainingSession sessionOf(TrainingViewer viewer, long sessionId) {
        TrainingSession session = courses.session(sessionId);
        if (session == null) {
            throw new NotFoundInScope("Session");
        }
        courses.course(viewer, session.getCourseId());
        return session;
    }

    private List<Attendance> rows(long sessionId, long enrolmentId) {
        return attendance.selectList(new LambdaQueryWrapper<Attendance>().eq(Attendance::getSessionId, sessionId)
                .eq(Attendance::getEnrolmentId, enrolmentId));
    }

    private static String describe(List<Attendance> rows) {
        return rows.isEmpty() ? "无记录" : rows.stream()
                .map(r -> r.getKind() + "=" + (r.getPresent() ? "出勤" : "缺勤") + "(" + r.getSource() + ")")
                .collect(Collectors.joining(", "));
    }
}
