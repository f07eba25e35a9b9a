package cn.laowu.core.training;

import cn.laowu.core.TestIds;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.calendar.WorkCalendar;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import cn.laowu.core.TestRegions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions from a weekly pattern with holidays skipped, edited one by one; course stages; overlapping courses. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ScheduleTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Autowired
    RegionService regions;
    @Autowired
    WorkerService workers;
    @Autowired
    StaffService staff;
    @Autowired
    CourseService courses;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    SessionSchedule schedule;
    @Autowired
    Timetable timetable;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    private TestRegions.Chain chain;
    private Actor clerk;
    private TrainingViewer asInstitution;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void setUp() {
        chain = TestRegions.create(regions);
        clerk = new Actor("clerk", chain.county().getPath(), "127.0.0.1");
        StaffAccount institution = staff.bootstrap("px" + UUID.randomUUID().toString().substring(0, 8), "吉首职业培训学校",
                StaffRole.TRAINING_PROVIDER, chain.county().getCode(), "Passw0rd!x", false);
        asInstitution = TrainingViewer.institution(RegionScope.of(chain.county()), institution.getId());
    }

    @Test
    void aThirtyDayCourseGetsItsWeekdaySessionsInOneGoWithTheCalendarsHolidaysSkipped() {
        Course course = course(today.plusDays(1), today.plusDays(30));
        LocalDate holiday = firstWeekday(today.plusDays(8));
        calendar.set(clerk, holiday, false, "测试假日");
        try {
            SessionSchedule.Generated made = schedule.generate(clerk, asInstitution, course.getId(),
                    new SessionSchedule.Pattern(WEEKDAYS, LocalTime.of(8, 30), LocalTime.of(17, 30), "实操"));
            long weekdays = today.plusDays(1).datesUntil(today.plusDays(31))
                    .filter(d -> WEEKDAYS.contains(d.getDayOfWeek())).count();
            assertThat(made.holidays()).containsExactly(holiday);
            assertThat(made.created()).isEqualTo(weekdays - 1);
            List<TrainingSession> sessions = courses.sessions(course.getId());
            assertThat(sessions).hasSize((int) weekdays - 1)
                    .allMatch(s -> WEEKDAYS.contains(CourseService.china(s.getStartsAt()).getDayOfWeek()))
                    .noneMatch(s -> CourseService.china(s.getStartsAt()).toLocalDate().equals(holiday))
                    .allMatch(s -> CourseService.china(s.getStartsAt()).toLocalTime().equals(LocalTime.of(8, 30)));
            assertThat(sessions).extracting(TrainingSession::getCheckInCode).doesNotHaveDuplicates();
            assertThat(sessions).extracting(TrainingSession::getQrToken).doesNotHaveDuplicates();
            // The same pattern again adds nothing.
            assertThatThrownBy(() -> schedule.generate(clerk, asInstitution, course.getId(),
                    new SessionSchedule.Pattern(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(12, 0), null)))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("排不出新的课");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'SCHEDULE_SESSIONS' AND entity_id = ?",
                    Integer.class, String.valueOf(course.getId()))).isEqualTo(1);

            // Then one by one: moved within the course's dates, or removed.
            TrainingSession first = sessions.get(0);
            LocalDate day = CourseService.china(first.getStartsAt()).toLocalDate();
            schedule.edit(clerk, asInstitution, first.getId(), day.atTime(13, 0), day.atTime(16, 0), "理论");
            assertThat(CourseService.china(courses.sessions(course.getId()).get(0).getStartsAt()).toLocalTime())
                    .isEqualTo(LocalTime.of(13, 0));
            assertThatThrownBy(() -> schedule.edit(clerk, asInstitution, first.getId(), today.plusDays(40).atTime(9, 0),
                    today.plusDays(40).atTime(10, 0), null)).hasMessageContaining("开课和结课日期之间");
            schedule.remove(clerk, asInstitution, sessions.get(1).getId());
            assertThat(courses.sessions(course.getId())).hasSize((int) weekdays - 2);
        } finally {
            calendar.set(clerk, holiday, null, null);
        }
    }

    @Test
    void aSessionThatHasBegunCannotBeMovedOrRemoved() {
        Course course = course(today.plusDays(1), today.plusDays(3));
        TrainingSession session = courses.addSession(clerk, asInstitution, course.getId(), today.plusDays(1).atTime(9, 0),
                today.plusDays(1).atTime(11, 0), null);
        jdbc.update("UPDATE training_session SET starts_at = UTC_TIMESTAMP() - INTERVAL 10 MINUTE, ends_at = UTC_TIMESTAMP()"
                + " + INTERVAL 1 HOUR WHERE id = ?", session.getId());
        assertThatThrownBy(() -> schedule.remove(clerk, asInstitution, session.getId())).hasMessageContaining("已经开始");
        assertThatThrownBy(() -> schedule.edit(clerk, asInstitution, session.getId(), today.plusDays(2).atTime(9, 0),
                today.plusDays(2).atTime(10, 0), null)).hasMessageContaining("已经开始");
    }

    @Test
    void theCourseStageFollowsItsSessions() {
        Course course = course(today.plusDays(1), today.plusDays(3));
        TrainingSession a = courses.addSession(clerk, asInstitution, course.getId(), today.plusDays(1).atTime(9, 0),
                today.plusDays(1).atTime(11, 0), null);
        TrainingSession b = courses.addSession(clerk, asInstitution, course.getId(), today.plusDays(3).atTime(9, 0),
                today.plusDays(3).atTime(11, 0), null);
        assertThat(timetable.stage(course)).isEqualTo(CourseStage.ENROLLING);
        assertThat(timetable.stage(course).label()).isEqualTo("报名中");
        LocalDateTime during = a.getStartsAt().plusMinutes(5);
        assertThat(CourseStage.of(course, List.of(a, b), during, today)).isEqualTo(CourseStage.RUNNING);
        assertThat(CourseStage.of(course, List.of(a, b), b.getEndsAt().plusMinutes(1), today).label()).isEqualTo("结课");
        // Without sessions, the dates say it.
        assertThat(CourseStage.of(course, List.of(), LocalDateTime.now(), today.plusDays(2)).label()).isEqualTo("开课");
        assertThat(EnrolmentStatus.ENROLLED.stageLabel(false)).isEqualTo("已报名");
        assertThat(EnrolmentStatus.ENROLLED.stageLabel(true)).isEqualTo("在训");
        assertThat(EnrolmentStatus.COMPLETED.stageLabel(true)).isEqualTo("结业");
    }

    @Test
    void aTraineeOnAFullTimeCourseIsWarnedOfAnotherAtTheSameTimeButNotOfOneAtAnother() {
        Course welding = course(today.plusDays(1), today.plusDays(14));
        Course sewing = course(today.plusDays(5), today.plusDays(20));
        Course evening = course(today.plusDays(5), today.plusDays(20));
        Course later = course(today.plusDays(21), today.plusDays(30));
        Course noSessions = course(today.plusDays(10), today.plusDays(12));
        SessionSchedule.Pattern dayTime = new SessionSchedule.Pattern(WEEKDAYS, LocalTime.of(8, 30), LocalTime.of(17, 30), null);
        schedule.generate(clerk, asInstitution, welding.getId(), dayTime);
        schedule.generate(clerk, asInstitution, sewing.getId(), dayTime);
        schedule.generate(clerk, asInstitution, later.getId(), dayTime);
        schedule.generate(clerk, asInstitution, evening.getId(),
                new SessionSchedule.Pattern(WEEKDAYS, LocalTime.of(19, 0), LocalTime.of(21, 0), null));
        Worker trainee = worker();
        assertThat(timetable.clashes(trainee.getId(), sewing.getId())).isEmpty();
        enrolments.signUp(trainee.getId(), welding.getId(), "WECHAT");

        List<Timetable.Clash> clashes = timetable.clashes(trainee.getId(), sewing.getId());
        assertThat(clashes).extracting(c -> c.other().getId()).containsExactly(welding.getId());
        assertThat(clashes.get(0).describe()).contains(welding.getTitle()).contains("08:30");
        assertThat(timetable.clashes(trainee.getId(), evening.getId())).isEmpty();
        assertThat(timetable.clashes(trainee.getId(), later.getId())).isEmpty();
        assertThat(timetable.clashes(trainee.getId(), noSessions.getId())).as("dates overlap, no timetable yet").hasSize(1);
        assertThat(timetable.clashes(trainee.getId(), welding.getId())).as("its own course").isEmpty();
    }

    private static LocalDate firstWeekday(LocalDate from) {
        LocalDate day = from;
        while (!WEEKDAYS.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    private Course course(LocalDate from, LocalDate to) {
        return courses.create(clerk, asInstitution, new CourseService.CourseDraft("电焊工就业技能培训" + from.getDayOfMonth(),
                CourseKind.PRE_EMPLOYMENT, "电焊工", CertificateLevel.BASIC, null, chain.county().getCode(), "县职业中专实训楼",
                from, to, 30, true, "王老师", "理论、实操、考核", null));
    }

    private Worker worker() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return workers.register(new NewWorker("学员", TestIds.bornIn(1970 + random.nextInt(30)),
                null, chain.village().getCode(), true));
    }
}
