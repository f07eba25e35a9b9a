package cn.laowu.core.training;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.core.worker.WorkerSql;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Signing up and cancelling. Seats are taken with one conditional UPDATE ({@code enrolled <
 * capacity}), so concurrent sign-ups never overbook; those who come after the last seat wait, and
 * a seat given back before the start goes to whoever has waited longest, who is told.
 */
@Service
public class EnrolmentService {

    private final EnrolmentMapper enrolments;
    private final CourseService courses;
    private final WorkerService workers;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditLog audit;

    public EnrolmentService(EnrolmentMapper enrolments, CourseService courses, WorkerService workers, Outbox outbox,
                            Clock clock, AuditLog audit) {
        this.audit = audit;
        this.enrolments = enrolments;
        this.courses = courses;
        this.workers = workers;
        this.outbox = outbox;
        this.clock = clock;
    }

    public sealed interface Outcome {
        record Enrolled(Enrolment enrolment, Course course) implements Outcome {
        }

        record Waitlisted(Enrolment enrolment, Course course) implements Outcome {
        }

        record Already(Enrolment enrolment, Course course) implements Outcome {
        }

        /** Cancelled, started or unknown: sign-up is over. */
        record Closed() implements Outcome {
        }
    }

    /** An enrolment with its course and trainee, for lists. */
    public record Entry(Enrolment enrolment, Course course, Worker worker) {
    }

    /** Thrown (and rolled back) when one worker's two simultaneous sign-ups race; the first stands. */
    public static class DuplicateSignUp extends RuntimeException {
        public DuplicateSignUp() {
            super("Duplicate sign-up");
        }
    }

    @Transactional
    public Outcome signUp(long workerId, long courseId, String channel) {
        Course course = courses.find(courseId).orElse(null);
        if (course == null || course.getStatus() != CourseStatus.OPEN || !course.getStartsOn().isAfter(today())) {
            return new Outcome.Closed();
        }
        Enrolment existing = find(courseId, workerId);
        if (existing != null && existing.getStatus() != EnrolmentStatus.CANCELLED) {
            return new Outcome.Already(existing, course);
        }
        boolean seat = courses.takeSeat(courseId, true);
        EnrolmentStatus status = seat ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
        LocalDateTime now = LocalDateTime.now(clock);
        Enrolment enrolment = existing == null ? new Enrolment() : existing;
        enrolment.setCourseId(courseId);
        enrolment.setWorkerId(workerId);
        enrolment.setStatus(status);
        enrolment.setHoldsSeat(seat);
        enrolment.setChannel(channel);
        enrolment.setUpdatedAt(now);
        if (existing == null) {
            enrolment.setCreatedAt(now);
            try {
                enrolments.insert(enrolment);
            } catch (DuplicateKeyException e) {
                throw new DuplicateSignUp();
            }
        } else if (enrolments.update(null, new LambdaUpdateWrapper<Enrolment>().eq(Enrolment::getId, existing.getId())
                .eq(Enrolment::getStatus, EnrolmentStatus.CANCELLED)
                .set(Enrolment::getStatus, status).set(Enrolment::getHoldsSeat, seat)
                .set(Enrolment::getChannel, channel).set(Enrolment::getUpdatedAt, now)
                // A returning trainee joins the back of the waiting list.
                .set(Enrolment::getCreatedAt, now)) != 1) {
            throw new DuplicateSignUp();
        }
        return seat ? new Outcome.Enrolled(enrolment, course) : new Outcome.Waitlisted(enrolment, course);
    }

    /** 代为报名 by the office or the institution, for a course they see; audited, with the overlap they confirmed. */
    @Transactional
    public Outcome signUp(Actor actor, TrainingViewer viewer, long workerId, long courseId, String note) {
        courses.course(viewer, courseId);
        Outcome outcome = signUp(workerId, courseId, "CONSOLE");
        if (outcome instanceof Outcome.Enrolled || outcome instanceof Outcome.Waitlisted) {
            audit.record(actor, "ENROL", "training_course", courseId, null,
                    "代为报名 学员#" + workerId + (note == null ? "" : "(" + note + ")"));
        }
        return outcome;
    }

    /**
     * The worker gives up a seat or a place on the waiting list, before the course starts; a seat
     * given back goes to the first waiting.
     *
     * @return false when the course has started (or the enrolment is not theirs or not active)
     */
    @Transactional
    public boolean cancel(long workerId, long enrolmentId) {
        Enrolment enrolment = enrolments.selectById(enrolmentId);
        if (enrolment == null || enrolment.getWorkerId() != workerId || !enrolment.getStatus().isActive()) {
            throw new NotFoundInScope("Enrolment");
        }
        Course course = courses.find(enrolment.getCourseId()).orElseThrow();
        if (!course.getStartsOn().isAfter(today())) {
            return false;
        }
        if (enrolments.update(null, new LambdaUpdateWrapper<Enrolment>().eq(Enrolment::getId, enrolmentId)
                .eq(Enrolment::getStatus, enrolment.getStatus())
                .set(Enrolment::getStatus, EnrolmentStatus.CANCELLED).set(Enrolment::getHoldsSeat, false)
                .set(Enrolment::getUpdatedAt, LocalDateTime.now(clock))) != 1) {
            return true;
        }
        if (Boolean.TRUE.equals(enrolment.getHoldsSeat())) {
            courses.releaseSeat(course.getId());
            promote(course);
        }
        return true;
    }

    private void promote(Course course) {
        Enrolment next = enrolments.selectOne(new LambdaQueryWrapper<Enrolment>()
                .eq(Enrolment::getCourseId, course.getId()).eq(Enrolment::getStatus, EnrolmentStatus.WAITLISTED)
                .orderByAsc(Enrolment::getCreatedAt).orderByAsc(Enrolment::getId).last("LIMIT 1"));
        if (next == null || !courses.takeSeat(course.getId(), true)) {
            return;
        }
        enrolments.update(null, new LambdaUpdateWrapper<Enrolment>().eq(Enrolment::getId, next.getId())
                .set(Enrolment::getStatus, EnrolmentStatus.ENROLLED).set(Enrolment::getHoldsSeat, true)
                .set(Enrolment::getUpdatedAt, LocalDateTime.now(clock)));
        outbox.toWorker(next.getWorkerId(), Message.single("training:" + next.getId() + ":promoted",
                "培训「" + course.getTitle() + "」", "候补转正", course.getStartsOn() + " 开课",
                "好消息:您候补的培训「" + course.getTitle() + "」有名额空出,已为您转为正式报名。\n"
                        + course.getStartsOn() + " 开课,地点:" + course.getPlace()
                        + "。\n回复 我的培训 查看;去不了请回复 我的培训 取消,把名额让给别人。"));
    }

    public Enrolment find(long courseId, long workerId) {
        return enrolments.selectOne(new LambdaQueryWrapper<Enrolment>()
                .eq(Enrolment::getCourseId, courseId).eq(Enrolment::getWorkerId, workerId));
    }

    public Enrolment get(long id) {
        Enrolment enrolment = enrolments.selectById(id);
        if (enrolment == null) {
            throw new NotFoundInScope("Enrolment");
        }
        return enrolment;
    }

    public List<Entry> forWorker(long workerId) {
        return entries(enrolments.selectList(new LambdaQueryWrapper<Enrolment>()
                .eq(Enrolment::getWorkerId, workerId).orderByDesc(Enrolment::getId).last("LIMIT 50")));
    }

    /** A course's trainees and waiting list (in the order they came), for the viewer's course only. */
    public List<Entry> roster(TrainingViewer viewer, long courseId) {
        courses.course(viewer, courseId);
        return entries(enrolments.selectList(new LambdaQueryWrapper<Enrolment>()
                .eq(Enrolment::getCourseId, courseId).orderByAsc(Enrolment::getCreatedAt).orderByAsc(Enrolment::getId)));
    }

    /** The enrolments of the people living in the scope, wherever their course is (乡镇 sees its villagers'). */
    public List<Entry> ofResidents(RegionScope scope) {
        return entries(enrolments.selectList(new LambdaQueryWrapper<Enrolment>()
                .apply("worker_id IN (" + WorkerSql.residentIds("{0}") + ")", scope.likePattern())
                .orderByDesc(Enrolment::getId).last("LIMIT 500")));
    }

    List<Enrolment> activeOf(long workerId) {
        return enrolments.selectList(new LambdaQueryWrapper<Enrolment>().eq(Enrolment::getWorkerId, workerId)
                .in(Enrolment::getStatus, EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
                        EnrolmentStatus.NOT_COMPLETED));
    }

    List<Enrolment> ofCourse(long courseId, EnrolmentStatus status) {
        return enrolments.selectList(new LambdaQueryWrapper<Enrolment>().eq(Enrolment::getCourseId, courseId)
                .eq(status != null, Enrolment::getStatus, status).orderByAsc(Enrolment::getId));
    }

    void update(Enrolment enrolment) {
        enrolment.setUpdatedAt(LocalDateTime.now(clock));
        enrolments.updateById(enrolment);
    }

    /** Marks a reminder as sent; false when another run already did. */
    boolean markReminded(long enrolmentId, boolean morning) {
        LambdaUpdateWrapper<Enrolment> update = new LambdaUpdateWrapper<Enrolment>().eq(Enrolment::getId, enrolmentId);
        if (morning) {
            update.isNull(Enrolment::getMorningRemindedAt).set(Enrolment::getMorningRemindedAt, LocalDateTime.now(clock));
        } else {
            update.isNull(Enrolment::getEveRemindedAt).set(Enrolment::getEveRemindedAt, LocalDateTime.now(clock));
        }
        return enrolments.update(null, update) == 1;
    }

    /** Enrolled trainees of courses starting on {@code day} not yet given this reminder. */
    List<Enrolment> dueForReminder(LocalDate day, boolean morning, int limit) {
        return enrolments.selectList(new LambdaQueryWrapper<Enrolment>()
                .eq(Enrolment::getStatus, EnrolmentStatus.ENROLLED)
                .isNull(morning, Enrolment::getMorningRemindedAt).isNull(!morning, Enrolment::getEveRemindedAt)
                .apply("course_id IN (SELECT c.id FROM training_course c WHERE c.starts_on = {0} AND c.status = 'OPEN')", day)
                .orderByAsc(Enrolment::getId).last("LIMIT " + limit));
    }

    List<Entry> entries(List<Enrolment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Course> byCourse = courses.byIds(list.stream().map(Enrolment::getCourseId).distinct().toList());
        Map<Long, Worker> byWorker = workers.byIds(list.stream().map(Enrolment::getWorkerId).distinct().toList());
        return list.stream().map(e -> new Entry(e, byCourse.get(e.getCourseId()), byWorker.get(e.getWorkerId()))).toList();
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
