package cn.laowu.core.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Where a course really is, from its sessions (or, without any, its dates): 报名中 until the first
 * session starts, 开课 until the last one ends, then 结课. Derived, never stored, so it cannot lag.
 */
public enum CourseStage {
    ENROLLING("报名中"),
    RUNNING("开课"),
    FINISHED("结课"),
    CANCELLED("已取消");

    private final String label;

    CourseStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @param sessions the course's sessions in start order; {@code nowUtc} and {@code today} (China) the same instant */
    public static CourseStage of(Course course, List<TrainingSession> sessions, LocalDateTime nowUtc, LocalDate today) {
        if (course.getStatus() == CourseStatus.CANCELLED) {
            return CANCELLED;
        }
        if (sessions.isEmpty()) {
            return today.isBefore(course.getStartsOn()) ? ENROLLING : today.isAfter(course.getEndsOn()) ? FINISHED : RUNNING;
        }
        LocalDateTime lastEnd = sessions.stream().map(TrainingSession::getEndsAt).max(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime firstStart = sessions.stream().map(TrainingSession::getStartsAt).min(LocalDateTime::compareTo).orElseThrow();
        return nowUtc.isBefore(firstStart) ? ENROLLING : nowUtc.isBefore(lastEnd) ? RUNNING : FINISHED;
    }
}
