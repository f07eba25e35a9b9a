package cn.laowu.core.training;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Attendance as it is read: the trainer's grid of a course, a trainee's summary (what completion
 * and subsidies count), and the share set by hand. Writing it is {@link AttendanceService}.
 */
@Service
public class AttendanceSheets {

    private final AttendanceMapper attendance;
    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final Clock clock;

    public AttendanceSheets(AttendanceMapper attendance, CourseService courses, EnrolmentService enrolments,
                            Clock clock) {
        this.attendance = attendance;
        this.courses = courses;
        this.enrolments = enrolments;
        this.clock = clock;
    }

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
        if (checkIn == null && session.getStartsAt().plus(AttendanceService.CLOSES_AFTER).isAfter(now)) {
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
