package cn.laowu.core.training;

import cn.laowu.core.support.ChinaTime;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where courses stand in time: each course's stage (报名中 → 开课 → 结课, from its sessions) and
 * the clashes of a trainee's courses: a second full-time course whose sessions overlap those of one
 * the trainee is still on is warned about before signing up (clerk confirms, chat says it plainly).
 */
@Service
public class Timetable {

    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final Clock clock;

    public Timetable(CourseService courses, EnrolmentService enrolments, Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    /** Another course of the trainee overlapping this one, with the first time they meet (China time). */
    public record Clash(Course other, LocalDateTime firstOverlapChina) {

        public String describe() {
            return "「" + other.getTitle() + "」(" + other.getStartsOn() + " 至 " + other.getEndsOn()
                    + (firstOverlapChina == null ? "" : ",比如 " + firstOverlapChina.toLocalDate() + " "
                    + firstOverlapChina.toLocalTime() + " 两边都有课") + ")";
        }
    }

    public CourseStage stage(Course course) {
        return CourseStage.of(course, courses.sessions(course.getId()), LocalDateTime.now(clock), ChinaTime.today(clock));
    }

    public Map<Long, CourseStage> stages(Collection<Course> list) {
        Map<Long, List<TrainingSession>> byCourse = courses.sessionsOf(list.stream().map(Course::getId).toList()).stream()
                .collect(Collectors.groupingBy(TrainingSession::getCourseId));
        LocalDateTime now = LocalDateTime.now(clock);
        return list.stream().collect(Collectors.toMap(Course::getId, c -> CourseStage.of(c,
                byCourse.getOrDefault(c.getId(), List.of()), now, ChinaTime.today(clock)), (a, b) -> a));
    }

    /** The trainee's other live courses (signed up or waiting, not over) whose time overlaps {@code courseId}'s. */
    public List<Clash> clashes(long workerId, long courseId) {
        Course course = courses.find(courseId).orElse(null);
        if (course == null) {
            return List.of();
        }
        List<Long> others = enrolments.forWorker(workerId).stream().map(EnrolmentService.Entry::enrolment)
                .filter(e -> e.getStatus().isActive() && e.getCourseId() != courseId).map(Enrolment::getCourseId).toList();
        if (others.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TrainingSession>> sessions = courses.sessionsOf(concat(others, courseId)).stream()
                .collect(Collectors.groupingBy(TrainingSession::getCourseId));
        List<TrainingSession> mine = sessions.getOrDefault(courseId, List.of());
        Map<Long, Course> byId = courses.byIds(others);
        LocalDateTime now = LocalDateTime.now(clock);
        return others.stream().map(byId::get).filter(o -> o != null && o.getStatus() != CourseStatus.CANCELLED)
                .filter(o -> CourseStage.of(o, sessions.getOrDefault(o.getId(), List.of()), now, ChinaTime.today(clock))
                        != CourseStage.FINISHED)
                .flatMap(o -> clash(course, mine, o, sessions.getOrDefault(o.getId(), List.of())).stream()).toList();
    }

    /** Sessions overlapping in time; without sessions on either side, the dates overlapping (a full-time course). */
    private static Optional<Clash> clash(Course course, List<TrainingSession> mine, Course other, List<TrainingSession> theirs) {
        if (mine.isEmpty() || theirs.isEmpty()) {
            boolean datesOverlap = !course.getStartsOn().isAfter(other.getEndsOn()) && !other.getStartsOn().isAfter(course.getEndsOn());
            return datesOverlap ? Optional.of(new Clash(other, null)) : Optional.empty();
        }
        for (TrainingSession a : mine) {
            for (TrainingSession b : theirs) {
                if (a.getStartsAt().isBefore(b.getEndsAt()) && b.getStartsAt().isBefore(a.getEndsAt())) {
                    LocalDateTime start = a.getStartsAt().isAfter(b.getStartsAt()) ? a.getStartsAt() : b.getStartsAt();
                    return Optional.of(new Clash(other, CourseService.china(start)));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Long> concat(List<Long> ids, long one) {
        return java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of(one)).distinct().toList();
    }

}
