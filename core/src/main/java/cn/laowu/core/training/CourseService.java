package cn.laowu.core.training;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Courses and their sessions. An institution creates its own courses; county staff may create one
 * for an institution of their region. Every console read goes through a {@link TrainingViewer}.
 */
@Service
public class CourseService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CourseMapper courses;
    private final SessionMapper sessions;
    private final StaffService staff;
    private final RegionService regions;
    private final JobService jobs;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    public CourseService(CourseMapper courses, SessionMapper sessions, StaffService staff, RegionService regions,
                         JobService jobs, AuditLog audit, Clock clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.courses = courses;
        this.sessions = sessions;
        this.staff = staff;
        this.regions = regions;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an institution or clerk fills in for a course. {@code institutionId} is ignored for an institution. */
    public record CourseDraft(String title, CourseKind kind, String occupation, CertificateLevel targetLevel,
                              Long institutionId, String regionCode, String place, LocalDate startsOn,
                              LocalDate endsOn, int capacity, boolean free, String teachers, String teachingPlan,
                              Long jobId) {
    }

    @Transactional
    public Course create(Actor actor, TrainingViewer viewer, CourseDraft d) {
        Text.required(d.title(), "课程名称", 64);
        Text.required(d.occupation(), "工种", 32);
        Text.required(d.place(), "培训地点", 128);
        Text.required(d.teachers(), "授课老师", 255);
        Text.required(d.teachingPlan(), "教学计划", 2000);
        if (d.kind() == null) {
            throw new RuleViolation("请选择培训类别。");
        }
        if (d.targetLevel() == null) {
            throw new RuleViolation("请选择培训后可考的证书等级(没有证书选“无证书”)。");
        }
        if (d.startsOn() == null || d.endsOn() == null || d.endsOn().isBefore(d.startsOn())) {
            throw new RuleViolation("请填写开课和结课日期,结课不能早于开课。");
        }
        if (d.startsOn().isBefore(ChinaTime.today(clock))) {
            throw new RuleViolation("开课日期不能早于今天。");
        }
        if (d.capacity() < 1 || d.capacity() > 1000) {
            throw new RuleViolation("名额应在1到1000人之间。");
        }
        if (d.kind() == CourseKind.ORDER && d.jobId() == null) {
            throw new RuleViolation("订单/定向培训要选对应的岗位。");
        }
        Region region = regions.find(d.regionCode()).orElse(null);
        if (!viewer.scope().covers(region)) {
            throw new RuleViolation("只能在本辖区开设课程。");
        }
        StaffAccount institution = institution(viewer, d.institutionId());
        if (d.jobId() != null) {
            jobs.job(viewer.scope(), d.jobId());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Course course = new Course();
        course.setTitle(d.title().trim());
        course.setKind(d.kind());
        course.setOccupation(d.occupation().trim());
        course.setTargetLevel(d.targetLevel());
        course.setInstitutionId(institution.getId());
        course.setInstitutionName(institution.getDisplayName());
        course.setRegionCode(region.getCode());
        course.setRegionPath(region.getPath());
        course.setPlace(d.place().trim());
        course.setStartsOn(d.startsOn());
        course.setEndsOn(d.endsOn());
        course.setCapacity(d.capacity());
        course.setEnrolled(0);
        course.setFree(d.free());
        course.setTeachers(d.teachers().trim());
        course.setTeachingPlan(d.teachingPlan().trim());
        course.setJobId(d.jobId());
        course.setSearchText(String.join(" ", course.getTitle(), course.getOccupation(), course.getPlace(),
                region.getName(), d.kind().label()));
        course.setStatus(CourseStatus.OPEN);
        course.setCreatedAt(now);
        course.setUpdatedAt(now);
        courses.insert(course);
        audit.record(actor, "CREATE", "training_course", course.getId(), null, describe(course));
        publisher.publishEvent(new CourseOpened(course.getId(), course.getTitle(), course.getOccupation(),
                course.getSearchText(), course.getRegionPath(), course.getStartsOn(), course.getPlace()));
        return course;
    }

    private StaffAccount institution(TrainingViewer viewer, Long chosen) {
        if (viewer.isInstitution()) {
            return staff.get(viewer.scope(), viewer.institutionId());
        }
        if (chosen == null) {
            throw new RuleViolation("请选择培训机构。");
        }
        StaffAccount account;
        try {
            account = staff.get(viewer.scope(), chosen);
        } catch (NotFoundInScope e) {
            throw new RuleViolation("请选择本辖区的培训机构。");
        }
        if (account.getRole() != StaffRole.TRAINING_PROVIDER) {
            throw new RuleViolation("请选择本辖区的培训机构。");
        }
        return account;
    }

    /**
     * A session of the course, on one of its days, given in China time; it gets its own check-in
     * code and QR token, so a code from another session never counts.
     */
    @Transactional
    public TrainingSession addSession(Actor actor, TrainingViewer viewer, long courseId, LocalDateTime startsChina,
                                      LocalDateTime endsChina, String topic) {
        Course course = course(viewer, courseId);
        if (startsChina == null || endsChina == null || !endsChina.isAfter(startsChina)
                || !startsChina.toLocalDate().equals(endsChina.toLocalDate())) {
            throw new RuleViolation("请填写这节课的开始和结束时间(同一天,结束晚于开始)。");
        }
        LocalDate day = startsChina.toLocalDate();
        if (day.isBefore(course.getStartsOn()) || day.isAfter(course.getEndsOn())) {
            throw new RuleViolation("上课日期要在开课和结课日期之间(" + course.getStartsOn() + " 至 " + course.getEndsOn() + ")。");
        }
        TrainingSession session = SessionSchedule.newSession(courseId, utc(startsChina), utc(endsChina), Text.limited(topic, "本节内容", 128));
        sessions.insert(session);
        audit.record(actor, "ADD_SESSION", "training_course", courseId, null, startsChina + " – " + endsChina.toLocalTime());
        return session;
    }

    public Course course(TrainingViewer viewer, long id) {
        Course course = courses.selectOne(viewer.scope().applyTo(new LambdaQueryWrapper<Course>(), Course::getRegionPath)
                .eq(Course::getId, id)
                .eq(viewer.isInstitution(), Course::getInstitutionId, viewer.institutionId()));
        if (course == null) {
            throw new NotFoundInScope("Course");
        }
        return course;
    }

    public List<Course> courses(TrainingViewer viewer) {
        return courses.selectList(viewer.scope().applyTo(new LambdaQueryWrapper<Course>(), Course::getRegionPath)
                .eq(viewer.isInstitution(), Course::getInstitutionId, viewer.institutionId())
                .orderByDesc(Course::getStartsOn).orderByDesc(Course::getId).last("LIMIT 500"));
    }

    /** The 培训机构 accounts a clerk may pick for a course. */
    public List<StaffAccount> institutions(TrainingViewer viewer) {
        return staff.list(viewer.scope()).stream()
                .filter(a -> a.getRole() == StaffRole.TRAINING_PROVIDER && Boolean.TRUE.equals(a.getEnabled()))
                .filter(a -> !viewer.isInstitution() || a.getId().equals(viewer.institutionId()))
                .toList();
    }

    public List<TrainingSession> sessions(long courseId) {
        return sessions.selectList(new LambdaQueryWrapper<TrainingSession>().eq(TrainingSession::getCourseId, courseId)
                .orderByAsc(TrainingSession::getStartsAt));
    }

    /** Any course by id, for chat and the other services; never shown to a clerk as is. */
    public Optional<Course> find(long id) {
        return Optional.ofNullable(courses.selectById(id));
    }

    public Map<Long, Course> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : courses.selectByIds(ids).stream().collect(Collectors.toMap(Course::getId, Function.identity()));
    }

    /**
     * Courses a worker may still sign up for (open, not started), those of the worker's home county
     * first; {@code words} (trade words from the sentence) narrow the list when given.
     */
    public List<Course> upcoming(String homeRegionPath, List<String> words, int offset, int limit) {
        LambdaQueryWrapper<Course> query = new LambdaQueryWrapper<Course>().eq(Course::getStatus, CourseStatus.OPEN)
                .gt(Course::getStartsOn, ChinaTime.today(clock));
        if (words != null && !words.isEmpty()) {
            query.and(q -> {
                for (String word : words) {
                    q.or().like(Course::getSearchText, word);
                }
            });
        }
        String home = homeRegionPath == null ? "/" : homeRegionPath;
        // Courses of the home county (whose path prefixes the home's) come first, then the soonest.
        query.last("ORDER BY CASE WHEN " + sqlString(home) + " LIKE CONCAT(region_path, '%') THEN 0 ELSE 1 END, "
                + "starts_on, id LIMIT " + Math.max(0, limit) + " OFFSET " + Math.max(0, offset));
        return courses.selectList(query);
    }

    /** Takes one seat with a conditional UPDATE, so the last seat goes to one trainee only. */
    boolean takeSeat(long courseId, boolean beforeStartOnly) {
        return courses.update(null, new LambdaUpdateWrapper<Course>()
                .eq(Course::getId, courseId).eq(Course::getStatus, CourseStatus.OPEN)
                .gt(beforeStartOnly, Course::getStartsOn, ChinaTime.today(clock))
                .apply("enrolled < capacity").setSql("enrolled = enrolled + 1")) == 1;
    }

    void releaseSeat(long courseId) {
        courses.update(null, new LambdaUpdateWrapper<Course>()
                .eq(Course::getId, courseId).apply("enrolled > 0").setSql("enrolled = enrolled - 1"));
    }

    TrainingSession session(long id) {
        return sessions.selectById(id);
    }

    List<TrainingSession> sessionsOf(Collection<Long> courseIds) {
        return courseIds.isEmpty() ? List.of() : sessions.selectList(new LambdaQueryWrapper<TrainingSession>()
                .in(TrainingSession::getCourseId, courseIds).orderByAsc(TrainingSession::getStartsAt));
    }

    Optional<TrainingSession> sessionByToken(String token) {
        return Optional.ofNullable(sessions.selectOne(new LambdaQueryWrapper<TrainingSession>()
                .eq(TrainingSession::getQrToken, token).or().eq(TrainingSession::getRollCallToken, token)
                .last("LIMIT 1")));
    }

    void updateSession(TrainingSession session) {
        sessions.updateById(session);
    }

    static String digits() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static LocalDateTime utc(LocalDateTime china) {
        return china.atZone(ChinaTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public static LocalDateTime china(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
    }

    /** A region path as an SQL literal: paths are digits and slashes only (checked), so nothing can escape. */
    private static String sqlString(String path) {
        if (!path.matches("[/0-9]{1,80}")) {
            throw new IllegalArgumentException("Not a region path");
        }
        return "'" + path + "'";
    }

    static String describe(Course course) {
        return course.getTitle() + " · " + course.getKind().label() + " · " + course.getOccupation() + " · "
                + course.getStartsOn() + "–" + course.getEndsOn() + " · " + course.getCapacity() + "人";
    }
}
