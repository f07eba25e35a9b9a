package cn.laowu.core.training;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.calendar.WorkCalendar;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A course's sessions from a pattern (days of the week, start and end time, between the course's
 * dates), the work calendar's holidays skipped, in one form; then each session edited or removed
 * on its own. A 30-day course no longer needs 60 form posts (issue 22).
 */
@Service
public class SessionSchedule {

    /** More than a year of daily sessions is a typing error, not a course. */
    static final int MAX_SESSIONS = 400;

    private final CourseService courses;
    private final SessionMapper sessions;
    private final AttendanceMapper attendance;
    private final WorkCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    public SessionSchedule(CourseService courses, SessionMapper sessions, AttendanceMapper attendance,
                           WorkCalendar calendar, AuditLog audit, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.attendance = attendance;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Days of the week and the times of every session, China time. */
    public record Pattern(Set<DayOfWeek> days, LocalTime from, LocalTime to, String topic) {
    }

    /** What the pattern gave: sessions made, holidays skipped, days that already had a session then. */
    public record Generated(int created, List<LocalDate> holidays, List<LocalDate> alreadyThere) {
    }

    @Transactional
    public Generated generate(Actor actor, TrainingViewer viewer, long courseId, Pattern pattern) {
        Course course = courses.course(viewer, courseId);
        if (pattern.days() == null || pattern.days().isEmpty()) {
            throw new RuleViolation("请选择每周哪几天上课。");
        }
        if (pattern.from() == null || pattern.to() == null || !pattern.to().isAfter(pattern.from())) {
            throw new RuleViolation("请填写上课的开始和结束时间,结束要晚于开始。");
        }
        String topic = Text.limited(pattern.topic(), "本节内容", 128);
        LocalDate today = ChinaTime.today(clock);
        LocalDate first = course.getStartsOn().isBefore(today) ? today : course.getStartsOn();
        List<TrainingSession> existing = courses.sessions(courseId);
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> already = new ArrayList<>();
        List<TrainingSession> made = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(course.getEndsOn()); day = day.plusDays(1)) {
            if (!pattern.days().contains(day.getDayOfWeek())) {
                continue;
            }
            if (calendar.isHoliday(day)) {
                holidays.add(day);
                continue;
            }
            LocalDateTime starts = CourseService.utc(day.atTime(pattern.from()));
            LocalDateTime ends = CourseService.utc(day.atTime(pattern.to()));
            if (existing.stream().anyMatch(s -> s.getStartsAt().isBefore(ends) && starts.isBefore(s.getEndsAt()))) {
                already.add(day);
                continue;
            }
            made.add(newSession(courseId, starts, ends, topic));
        }
        if (made.size() + existing.size() > MAX_SESSIONS) {
            throw new RuleViolation("一门课最多 " + MAX_SESSIONS + " 节,请检查日期和上课日。");
        }
        if (made.isEmpty()) {
            throw new RuleViolation("按这个安排在 " + first + " 至 " + course.getEndsOn() + " 之间排不出新的课"
                    + (holidays.isEmpty() ? "" : "(节假日 " + holidays.size() + " 天已跳过)") + "。");
        }
        made.forEach(sessions::insert);
        audit.record(actor, "SCHEDULE_SESSIONS", "training_course", courseId, null, made.size() + " 节:"
                + days(pattern.days()) + " " + pattern.from() + "–" + pattern.to() + ",跳过节假日 " + holidays.size() + " 天");
        return new Generated(made.size(), holidays, already);
    }

    /** One session moved or retitled; not once it has begun or anyone checked in. */
    @Transactional
    public TrainingSession edit(Actor actor, TrainingViewer viewer, long sessionId, LocalDateTime startsChina,
                                LocalDateTime endsChina, String topic) {
        TrainingSession session = changeable(viewer, sessionId);
        Course course = courses.course(viewer, session.getCourseId());
        if (startsChina == null || endsChina == null || !endsChina.isAfter(startsChina)
                || !startsChina.toLocalDate().equals(endsChina.toLocalDate())) {
            throw new RuleViolation("请填写这节课的开始和结束时间(同一天,结束晚于开始)。");
        }
        LocalDate day = startsChina.toLocalDate();
        if (day.isBefore(course.getStartsOn()) || day.isAfter(course.getEndsOn())) {
            throw new RuleViolation("上课日期要在开课和结课日期之间(" + course.getStartsOn() + " 至 " + course.getEndsOn() + ")。");
        }
        String before = CourseService.china(session.getStartsAt()) + "–" + CourseService.china(session.getEndsAt()).toLocalTime();
        session.setStartsAt(CourseService.utc(startsChina));
        session.setEndsAt(CourseService.utc(endsChina));
        session.setTopic(Text.limited(topic, "本节内容", 128));
        sessions.updateById(session);
        audit.record(actor, "EDIT_SESSION", "training_course", course.getId(), before,
                startsChina + "–" + endsChina.toLocalTime());
        return session;
    }

    @Transactional
    public void remove(Actor actor, TrainingViewer viewer, long sessionId) {
        TrainingSession session = changeable(viewer, sessionId);
        sessions.deleteById(sessionId);
        audit.record(actor, "REMOVE_SESSION", "training_course", session.getCourseId(),
                CourseService.china(session.getStartsAt()).toString(), null);
    }

    private TrainingSession changeable(TrainingViewer viewer, long sessionId) {
        TrainingSession session = sessions.selectById(sessionId);
        if (session == null) {
            throw new NotFoundInScope("Session");
        }
        courses.course(viewer, session.getCourseId());
        if (!LocalDateTime.now(clock).isBefore(session.getStartsAt())
                || attendance.exists(new LambdaQueryWrapper<Attendance>().eq(Attendance::getSessionId, sessionId))) {
            throw new RuleViolation("这节课已经开始或有人签到了,不能再改;缺勤或补签请在签到表里更正。");
        }
        return session;
    }

    /** A session with its own check-in code and QR token (times UTC). */
    static TrainingSession newSession(long courseId, LocalDateTime startsUtc, LocalDateTime endsUtc, String topic) {
        TrainingSession session = new TrainingSession();
        session.setCourseId(courseId);
        session.setStartsAt(startsUtc);
        session.setEndsAt(endsUtc);
        session.setTopic(topic);
        session.setCheckInCode(CourseService.digits());
        session.setQrToken(Text.randomCode(12));
        return session;
    }

    static String days(Set<DayOfWeek> days) {
        StringBuilder out = new StringBuilder("每周");
        for (DayOfWeek d : DayOfWeek.values()) {
            if (days.contains(d)) {
                out.append("一二三四五六日".charAt(d.getValue() - 1));
            }
        }
        return out.toString();
    }
}
