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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Real-name attendance per session: trainees check in from chat with the session's short code or
 * by scanning its QR code, inside the session's window, once; a roll call during the session
 * opens a second code for a few minutes, and whoever checked in but does not answer it is
 * flagged. Trainers correct by hand with a reason, audited. A flagged session does not count
 * as attended until corrected.
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

    /** One row of a paper sign-in sheet, as typed: every cell is text and checked here. */
    public record SheetLine(int row, String enrolment, String name, String session, String present) {
    }

    /** @param problems one sentence per bad cell (row, column, why); nothing is imported when any */
    public record SheetResult(int imported, List<String> problems) {
    }

    /**
     * A paper sign-in sheet (学员编号, 姓名, 课次, 出勤): checked whole first, then imported in one
     * transaction as corrections whose reason names the sheet, so it counts toward the manual share
     * of the roster like any correction.
     */
    @Transactional
    public SheetResult importSheet(Actor actor, TrainingViewer viewer, long courseId, List<SheetLine> lines,
                                   String sheetName) {
        courses.course(viewer, courseId);
        List<TrainingSession> sessions = courses.sessions(courseId);
        Map<Long, Enrolment> roster = enrolments.ofCourse(courseId, null).stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.WAITLISTED && e.getStatus() != EnrolmentStatus.CANCELLED)
                .collect(Collectors.toMap(Enrolment::getId, e -> e));
        Map<Long, String> names = enrolments.entries(List.copyOf(roster.values())).stream()
                .collect(Collectors.toMap(e -> e.enrolment().getId(), e -> e.worker().getName()));
        List<String> problems = new ArrayList<>();
        List<Checked> ok = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        if (lines.isEmpty()) {
            problems.add("表里没有数据行。");
        }
        for (SheetLine line : lines) {
            String where = "第" + line.row() + "行";
            Long enrolmentId = number(line.enrolment());
            Enrolment enrolment = enrolmentId == null ? null : roster.get(enrolmentId);
            if (enrolment == null) {
                problems.add(where + "「学员编号」:不是本课程名册上的学员。");
                continue;
            }
            if (line.name() == null || !line.name().trim().equals(names.get(enrolmentId))) {
                problems.add(where + "「姓名」:和学员编号 " + enrolmentId + " 的姓名对不上。");
                continue;
            }
            Long number = number(line.session());
            if (number == null || number < 1 || number > sessions.size()) {
                problems.add(where + "「课次」:应是1到" + sessions.size() + "之间的数字。");
                continue;
            }
            TrainingSession session = sessions.get((int) (number - 1));
            if (session.getStartsAt().isAfter(now)) {
                problems.add(where + "「课次」:第" + number + "节还没开始。");
                continue;
            }
            String present = line.present() == null ? "" : line.present().trim();
            if (!present.equals("是") && !present.equals("否")) {
                problems.add(where + "「出勤」:请填 是 或 否。");
                continue;
            }
            ok.add(new Checked(session.getId(), enrolment.getId(), present.equals("是"), line.row()));
        }
        if (!problems.isEmpty()) {
            return new SheetResult(0, problems);
        }
        String name = sheetName == null || sheetName.isBlank() ? "签到表" : sheetName.trim();
        for (Checked row : ok) {
            correct(actor, viewer, row.sessionId(), row.enrolmentId(), row.present(),
                    cut("签到表导入:" + name + " 第" + row.row() + "行", 255));
        }
        return new SheetResult(ok.size(), List.of());
    }

    private record Checked(long sessionId, long enrolmentId, boolean present, int row) {
    }

    private static Long number(String text) {
        String t = text == null ? "" : text.trim();
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        return t.matches("\\d{1,18}") ? Long.parseLong(t) : null;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    // --- reading --------------------------------------------------------------------------

    public enum Mark {
        /** Checked in (and answered the roll call, if any). */
        PRESENT("✓"),
        /** Checked in but missed the roll call: not counted until corrected. */
        FLAGGED("⚑"),
        ABSENT("✗"),
        /** The session has not started yet. */
        UPCOMING("·");

        private final String symbol;

        Mark(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** One trainee's attendance at one session; {@code manual} when a trainer set it by hand. */
    public record Cell(Mark mark, boolean manual) {
    }

    /** Per enrolment: sessions and distinct days attended, sessions flagged. */
    public record Summary(int sessionsAttended, int daysAttended, int flagged, int sessionsHeld) {
    }

    /** The whole course: sessions in order, one row of cells per enrolment (in the order given). */
    public record Sheet(List<TrainingSession> sessions, Map<Long, List<Cell>> rows, Map<Long, Summary> summaries) {
    }

    public Sheet sheet(TrainingViewer viewer, long courseId) {
        courses.course(viewer, courseId);
        List<Enrolment> list = enrolments.ofCourse(courseId, null).stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.WAITLISTED && e.getStatus() != EnrolmentStatus.CANCELLED)
                .toList();
        return sheet(courseId, list);
    }

    Sheet sheet(long courseId, List<Enrolment> list) {
        List<TrainingSession> sessions = courses.sessions(courseId);
        Map<Long, List<Attendance>> byEnrolment = rowsOf(list.stream().map(Enrolment::getId).toList());
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, List<Cell>> rows = new HashMap<>();
        Map<Long, Summary> summaries = new HashMap<>();
        for (Enrolment enrolment : list) {
            List<Attendance> mine = byEnrolment.getOrDefault(enrolment.getId(), List.of());
            List<Cell> cells = sessions.stream().map(s -> cell(s, mine, now)).toList();
            rows.put(enrolment.getId(), cells);
            summaries.put(enrolment.getId(), summarise(sessions, cells));
        }
        return new Sheet(sessions, rows, summaries);
    }

    /** The summary of one enrolment (the read API for subsidies). */
    public Summary summary(Enrolment enrolment) {
        return sheet(enrolment.getCourseId(), List.of(enrolment)).summaries().get(enrolment.getId());
    }

    private static Summary summarise(List<TrainingSession> sessions, List<Cell> cells) {
        int attended = 0;
        int flagged = 0;
        int held = 0;
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            Mark mark = cells.get(i).mark();
            if (mark != Mark.UPCOMING) {
                held++;
            }
            if (mark == Mark.PRESENT) {
                attended++;
                days.add(CourseService.china(sessions.get(i).getStartsAt()).toLocalDate());
            } else if (mark == Mark.FLAGGED) {
                flagged++;
            }
        }
        return new Summary(attended, days.size(), flagged, held);
    }

    private static Cell cell(TrainingSession session, List<Attendance> mine, LocalDateTime now) {
        Attendance checkIn = null;
        Attendance rollCall = null;
        for (Attendance row : mine) {
            if (row.getSessionId().equals(session.getId())) {
                if (row.getKind() == AttendanceKind.CHECK_IN) {
                    checkIn = row;
                } else {
                    rollCall = row;
                }
            }
        }
        boolean manual = checkIn != null && "MANUAL".equals(checkIn.getSource());
        if (checkIn != null && checkIn.getPresent()) {
            boolean rollCallMissed = session.getRollCallAt() != null && session.getRollCallUntil().isBefore(now)
                    && (rollCall == null || !rollCall.getPresent());
            return new Cell(rollCallMissed ? Mark.FLAGGED : Mark.PRESENT, manual);
        }
        if (checkIn == null && session.getStartsAt().plus(CLOSES_AFTER).isAfter(now)) {
            return new Cell(Mark.UPCOMING, false);
        }
        return new Cell(Mark.ABSENT, manual);
    }

    private Map<Long, List<Attendance>> rowsOf(Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Map.of();
        }
        return attendance.selectList(new LambdaQueryWrapper<Attendance>().in(Attendance::getEnrolmentId, enrolmentIds))
                .stream().collect(Collectors.groupingBy(Attendance::getEnrolmentId));
    }

    /** How many check-ins of a course were set by hand (a roster of mostly corrections is a fraud signal). */
    public long manualCount(long courseId) {
        return attendance.selectCount(new LambdaQueryWrapper<Attendance>().eq(Attendance::getSource, "MANUAL")
                .apply("session_id IN (SELECT s.id FROM training_session s WHERE s.course_id = {0})", courseId));
    }
}
