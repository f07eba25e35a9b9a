package cn.laowu.core.training;

import cn.laowu.core.TestIds;
import cn.laowu.core.TestRegions;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.stats.DashboardFigures;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.training.AttendanceSheets.Mark;
import cn.laowu.core.training.AttendanceService.Result;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Courses, sign-up under concurrency, waiting list, check-in and roll call, results and certificates. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
@RecordApplicationEvents
class TrainingTest {

    @Autowired
    RegionService regions;
    @Autowired
    SignInSheetImport sheetImport;
    @Autowired
    AttendanceSheets sheets;
    @Autowired
    WorkerService workers;
    @Autowired
    StaffService staff;
    @Autowired
    FollowerService followers;
    @Autowired
    CourseService courses;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    AttendanceService attendance;
    @Autowired
    CompletionService completion;
    @Autowired
    TrainingRecords records;
    @Autowired
    TrainingReminder reminder;
    @Autowired
    TrainingSignals signals;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;
    @Autowired
    List<DashboardFigures> figures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private TestRegions.Chain chain;
    private RegionScope scope;
    private Actor clerk;
    private StaffAccount institution;
    private TrainingViewer asInstitution;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void setUp() {
        chain = TestRegions.create(regions);
        scope = RegionScope.of(chain.county());
        clerk = new Actor("clerk", chain.county().getPath(), "127.0.0.1");
        institution = staff.bootstrap("px" + UUID.randomUUID().toString().substring(0, 8), "吉首职业培训学校",
                StaffRole.TRAINING_PROVIDER, chain.county().getCode(), "Passw0rd!x", false);
        asInstitution = TrainingViewer.institution(scope, institution.getId());
    }

    @Test
    void fiftyParallelSignUpsForTenSeatsEnrolTenAndWaitlistForty() throws Exception {
        Course course = course(10, null);
        List<Long> trainees = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            trainees.add(worker().getId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EnrolmentService.Outcome>> results = new ArrayList<>();
        try {
            for (long trainee : trainees) {
                results.add(pool.submit((Callable<EnrolmentService.Outcome>) () -> {
                    start.await();
                    return enrolments.signUp(trainee, course.getId(), "WECHAT");
                }));
            }
            start.countDown();
            int enrolled = 0;
            int waiting = 0;
            for (Future<EnrolmentService.Outcome> result : results) {
                EnrolmentService.Outcome outcome = result.get();
                if (outcome instanceof EnrolmentService.Outcome.Enrolled) {
                    enrolled++;
                } else if (outcome instanceof EnrolmentService.Outcome.Waitlisted) {
                    waiting++;
                }
            }
            assertThat(enrolled).isEqualTo(10);
            assertThat(waiting).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT enrolled FROM training_course WHERE id = ?", Integer.class, course.getId()))
                .isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_enrolment WHERE course_id = ? AND status = 'ENROLLED'",
                Integer.class, course.getId())).isEqualTo(10);
    }

    @Test
    void cancellingBeforeTheStartPromotesTheFirstWaitingAndTellsThem() {
        Course course = course(1, null);
        long first = worker().getId();
        long second = follower(worker()).getId();
        long third = worker().getId();
        assertThat(enrolments.signUp(first, course.getId(), "WECHAT")).isInstanceOf(EnrolmentService.Outcome.Enrolled.class);
        assertThat(enrolments.signUp(second, course.getId(), "WECHAT")).isInstanceOf(EnrolmentService.Outcome.Waitlisted.class);
        assertThat(enrolments.signUp(third, course.getId(), "WECHAT")).isInstanceOf(EnrolmentService.Outcome.Waitlisted.class);
        assertThat(enrolments.signUp(second, course.getId(), "WECHAT")).isInstanceOf(EnrolmentService.Outcome.Already.class);

        // Someone else's enrolment cannot be cancelled.
        long firstEnrolment = enrolments.find(course.getId(), first).getId();
        assertThatThrownBy(() -> enrolments.cancel(third, firstEnrolment)).isInstanceOf(NotFoundInScope.class);

        assertThat(enrolments.cancel(first, firstEnrolment)).isTrue();
        assertThat(enrolments.find(course.getId(), second).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolments.find(course.getId(), third).getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(jdbc.queryForObject("SELECT body FROM delivery WHERE worker_id = ? AND source LIKE 'training:%:promoted'",
                String.class, second)).contains("转为正式报名").contains(course.getTitle());
        // Signing up again after cancelling queues behind those already waiting.
        assertThat(enrolments.signUp(first, course.getId(), "WECHAT")).isInstanceOf(EnrolmentService.Outcome.Waitlisted.class);
        assertThat(enrolments.cancel(third, enrolments.find(course.getId(), third).getId())).isTrue();
        assertThat(enrolments.find(course.getId(), second).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);

        // Once started, cancelling is refused and nothing changes.
        jdbc.update("UPDATE training_course SET starts_on = ? WHERE id = ?", today, course.getId());
        long secondEnrolment = enrolments.find(course.getId(), second).getId();
        assertThat(enrolments.cancel(second, secondEnrolment)).isFalse();
        assertThat(enrolments.get(secondEnrolment).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolments.signUp(third, course.getId(), "WECHAT")).isInstanceOf(EnrolmentService.Outcome.Closed.class);
    }

    @Test
    void checkInByCodeAndQrRefusesWrongEarlyLateAndRepeatedCodes() {
        Course course = course(5, null);
        long trainee = worker().getId();
        long outsider = worker().getId();
        enrolments.signUp(trainee, course.getId(), "WECHAT");
        enrolments.signUp(outsider, course(5, null).getId(), "WECHAT");
        startToday(course);
        TrainingSession now = session(course, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10), 120);
        TrainingSession later = session(course, LocalDateTime.now(ZoneOffset.UTC).plusHours(3), 60);
        TrainingSession earlier = session(course, LocalDateTime.now(ZoneOffset.UTC).minusHours(3), 60);

        assertThat(attendance.checkInByCode(trainee, "o1", "12ab").result()).isEqualTo(Result.WRONG_CODE);
        assertThat(attendance.checkInByCode(trainee, "o1", wrong(now, later, earlier)).result()).isEqualTo(Result.WRONG_CODE);
        assertThat(attendance.checkInByCode(trainee, "o1", later.getCheckInCode()).result()).isEqualTo(Result.EARLY);
        assertThat(attendance.checkInByCode(trainee, "o1", earlier.getCheckInCode()).result()).isEqualTo(Result.LATE);
        // A code of a course one is not on is just a wrong code for them.
        assertThat(attendance.checkInByCode(outsider, "o2", now.getCheckInCode()).result()).isEqualTo(Result.WRONG_CODE);
        assertThat(attendance.checkInByToken(outsider, "o2", now.getQrToken()).result()).isEqualTo(Result.NOT_ENROLLED);
        assertThat(attendance.checkInByToken(trainee, "o1", "nosuchtoken1").result()).isEqualTo(Result.WRONG_CODE);

        assertThat(attendance.checkInByToken(trainee, "o1", now.getQrToken()).result()).isEqualTo(Result.CHECKED_IN);
        assertThat(attendance.checkInByCode(trainee, "o1", now.getCheckInCode()).result()).isEqualTo(Result.ALREADY);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_attendance WHERE session_id IN (?, ?, ?)",
                Integer.class, now.getId(), later.getId(), earlier.getId())).isEqualTo(1);

        TrainingRecords.TrainingRecord record = records.ofWorker(trainee).get(0);
        assertThat(record.sessionsAttended()).isEqualTo(1);
        assertThat(record.daysAttended()).isEqualTo(1);
    }

    @Test
    void aRollCallFlagsWhoCheckedInButMissedItUntilCorrectedWithAReason() {
        Course course = course(5, null);
        long present = worker().getId();
        long proxy = worker().getId();
        enrolments.signUp(present, course.getId(), "WECHAT");
        enrolments.signUp(proxy, course.getId(), "WECHAT");
        startToday(course);
        TrainingSession session = session(course, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(20), 120);
        attendance.checkInByCode(present, "a", session.getCheckInCode());
        attendance.checkInByCode(proxy, "a", session.getCheckInCode());

        TrainingViewer other = TrainingViewer.institution(scope, staff.bootstrap("px" + UUID.randomUUID().toString()
                .substring(0, 8), "别家学校", StaffRole.TRAINING_PROVIDER, chain.county().getCode(), "Passw0rd!x", false).getId());
        assertThatThrownBy(() -> attendance.openRollCall(clerk, other, session.getId())).isInstanceOf(NotFoundInScope.class);
        TrainingSession rollCall = attendance.openRollCall(clerk, asInstitution, session.getId());
        assertThat(rollCall.getRollCallCode()).matches("\\d{6}").isNotEqualTo(session.getCheckInCode());
        assertThatThrownBy(() -> attendance.openRollCall(clerk, asInstitution, session.getId()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("点过名");
        assertThat(attendance.checkInByCode(present, "a", rollCall.getRollCallCode()).result())
                .isEqualTo(Result.ANSWERED_ROLL_CALL);
        assertThat(attendance.checkInByCode(present, "a", rollCall.getRollCallCode()).result()).isEqualTo(Result.ALREADY);

        // The roll call ends: the proxy's check-in is flagged and does not count.
        jdbc.update("UPDATE training_session SET roll_call_until = ? WHERE id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), session.getId());
        assertThat(attendance.checkInByToken(proxy, "a", rollCall.getRollCallToken()).result()).isEqualTo(Result.LATE);
        AttendanceSheets.Sheet sheet = sheets.sheet(asInstitution, course.getId());
        long proxyEnrolment = enrolments.find(course.getId(), proxy).getId();
        assertThat(sheet.rows().get(proxyEnrolment).get(0).mark()).isEqualTo(Mark.FLAGGED);
        assertThat(sheet.rows().get(enrolments.find(course.getId(), present).getId()).get(0).mark()).isEqualTo(Mark.PRESENT);
        assertThat(records.record(proxyEnrolment).orElseThrow().daysAttended()).isZero();
        assertThat(records.record(proxyEnrolment).orElseThrow().flaggedSessions()).isEqualTo(1);

        assertThatThrownBy(() -> attendance.correct(clerk, asInstitution, session.getId(), proxyEnrolment, true, " "))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("更正原因");
        attendance.correct(clerk, asInstitution, session.getId(), proxyEnrolment, true, "点名时在实操车间,老师确认");
        assertThat(records.record(proxyEnrolment).orElseThrow().daysAttended()).isEqualTo(1);
        assertThat(sheets.manualCount(course.getId())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'CORRECT_ATTENDANCE' AND entity_id = ?",
                Integer.class, String.valueOf(proxyEnrolment))).isEqualTo(1);
    }

    @Test
    void completionAndCertificatePublishTheirEventsAndSerialsAreUnique() {
        Course course = course(5, null);
        long a = worker().getId();
        long b = worker().getId();
        enrolments.signUp(a, course.getId(), "WECHAT");
        enrolments.signUp(b, course.getId(), "WECHAT");
        long ea = enrolments.find(course.getId(), a).getId();
        long eb = enrolments.find(course.getId(), b).getId();
        assertThatThrownBy(() -> completion.recordResult(clerk, asInstitution, ea, true, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("还没开始");
        startToday(course);
        held(course, a, b);
        assertThatThrownBy(() -> completion.issueCertificate(clerk, asInstitution, ea, CertificateLevel.BASIC, "CN-0001", null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("结业后");
        completion.recordResult(clerk, asInstitution, ea, true, null);
        assertThatThrownBy(() -> completion.recordResult(clerk, asInstitution, eb, false, ""))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("原因");
        completion.recordResult(clerk, asInstitution, eb, true, null);
        assertThat(events.stream(TrainingCompleted.class).filter(e -> e.enrolmentId() == ea)).singleElement()
                .satisfies(e -> {
                    assertThat(e.workerId()).isEqualTo(a);
                    assertThat(e.kind()).isEqualTo(CourseKind.PRE_EMPLOYMENT);
                    assertThat(e.occupation()).isEqualTo("电焊工");
                });

        String serial = "XJ" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        assertThatThrownBy(() -> completion.issueCertificate(clerk, asInstitution, ea, CertificateLevel.BASIC, "编号<1>", null))
                .isInstanceOf(RuleViolation.class);
        completion.issueCertificate(clerk, asInstitution, ea, CertificateLevel.BASIC, serial, null);
        assertThatThrownBy(() -> completion.issueCertificate(clerk, asInstitution, eb, CertificateLevel.BASIC, serial, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已经登记过");
        assertThat(enrolments.get(eb).getCertificateSerial()).isNull();
        assertThat(events.stream(CertificateIssued.class).filter(e -> e.enrolmentId() == ea)).singleElement()
                .satisfies(e -> assertThat(e.serial()).isEqualTo(serial));
        DashboardFigures figure = figures.stream().filter(f -> f instanceof TrainingFigures).findFirst().orElseThrow();
        assertThat(figure.figures(scope, Year.from(today))).filteredOn(f -> f.key().equals("training-completion"))
                .singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(100));
        TrainingRecords.TrainingRecord record = records.record(ea).orElseThrow();
        assertThat(record.completed()).isTrue();
        assertThat(record.certificateLevel()).isEqualTo(CertificateLevel.BASIC);
        assertThat(record.certificateSerial()).isEqualTo(serial);
    }

    @Test
    void anInstitutionSeesOnlyItsOwnCoursesAndATownshipItsVillagersEnrolments() {
        Course mine = course(5, null);
        StaffAccount otherInstitution = staff.bootstrap("px" + UUID.randomUUID().toString().substring(0, 8), "别家学校",
                StaffRole.TRAINING_PROVIDER, chain.county().getCode(), "Passw0rd!x", false);
        Course theirs = courses.create(clerk, TrainingViewer.staff(scope), draft(5, otherInstitution.getId(), null));
        assertThat(courses.courses(asInstitution)).extracting(Course::getId).contains(mine.getId())
                .doesNotContain(theirs.getId());
        assertThatThrownBy(() -> courses.course(asInstitution, theirs.getId())).isInstanceOf(NotFoundInScope.class);
        assertThatThrownBy(() -> enrolments.roster(asInstitution, theirs.getId())).isInstanceOf(NotFoundInScope.class);
        assertThat(courses.courses(TrainingViewer.staff(scope))).extracting(Course::getId)
                .contains(mine.getId(), theirs.getId());
        // Another county sees neither; a clerk cannot pick an institution that is not one.
        TestRegions.Chain elsewhere = TestRegions.create(regions);
        assertThatThrownBy(() -> courses.course(TrainingViewer.staff(RegionScope.of(elsewhere.county())), mine.getId()))
                .isInstanceOf(NotFoundInScope.class);
        StaffAccount township = staff.bootstrap("tw" + UUID.randomUUID().toString().substring(0, 8), "乡镇",
                StaffRole.TOWNSHIP_STAFF, chain.township().getCode(), "Passw0rd!x", false);
        assertThatThrownBy(() -> courses.create(clerk, TrainingViewer.staff(scope), draft(5, township.getId(), null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("培训机构");

        long villager = worker().getId();
        enrolments.signUp(villager, mine.getId(), "WECHAT");
        assertThat(enrolments.ofResidents(RegionScope.of(chain.township()))).extracting(e -> e.worker().getId())
                .contains(villager);
        assertThat(enrolments.ofResidents(RegionScope.of(elsewhere.township()))).isEmpty();
    }

    @Test
    void badCourseInputIsRefusedInPlainWords() {
        assertThatThrownBy(() -> courses.create(clerk, asInstitution, new CourseService.CourseDraft("电焊", CourseKind.ORDER,
                "电焊工", CertificateLevel.BASIC, null, chain.county().getCode(), "职校", today.plusDays(2), today.plusDays(9),
                10, true, "王老师", "理论+实操", null))).hasMessageContaining("对应的岗位");
        assertThatThrownBy(() -> courses.create(clerk, asInstitution, new CourseService.CourseDraft("电焊",
                CourseKind.PRE_EMPLOYMENT, "电焊工", CertificateLevel.BASIC, null, chain.county().getCode(), "职校",
                today.plusDays(9), today.plusDays(2), 10, true, "王老师", "理论+实操", null))).hasMessageContaining("结课");
        assertThatThrownBy(() -> courses.create(clerk, asInstitution, new CourseService.CourseDraft("电焊",
                CourseKind.PRE_EMPLOYMENT, "电焊工", CertificateLevel.BASIC, null, chain.county().getCode(), "职校",
                today.plusDays(2), today.plusDays(9), 0, true, "王老师", "理论+实操", null))).hasMessageContaining("名额");
        Course course = course(5, null);
        assertThatThrownBy(() -> courses.addSession(clerk, asInstitution, course.getId(),
                today.plusDays(30).atTime(9, 0), today.plusDays(30).atTime(11, 0), null)).hasMessageContaining("之间");
        assertThatThrownBy(() -> courses.addSession(clerk, asInstitution, course.getId(),
                today.plusDays(2).atTime(11, 0), today.plusDays(2).atTime(9, 0), null)).hasMessageContaining("结束晚于开始");
        assertThat(courses.sessions(course.getId())).isEmpty();
    }

    @Test
    void anOrderCourseMovesItsGraduatesIntoTheJobPipelineInOneAction() {
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("宁波某厂", "浙江宁波", null, null)).getId(), "已考察");
        Job job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "焊工", "制造", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 600_000, 800_000, null, null, null, null, null,
                null, 10, false, null)).getId());
        Course course = courses.create(clerk, asInstitution, new CourseService.CourseDraft("订单焊工班", CourseKind.ORDER,
                "电焊工", CertificateLevel.BASIC, null, chain.county().getCode(), "县职校", today.plusDays(1),
                today.plusDays(20), 10, true, "王老师", "理论+实操", job.getId()));
        long passed = worker().getId();
        long failed = worker().getId();
        enrolments.signUp(passed, course.getId(), "WECHAT");
        enrolments.signUp(failed, course.getId(), "WECHAT");
        startToday(course);
        held(course, passed);
        completion.recordResult(clerk, asInstitution, enrolments.find(course.getId(), passed).getId(), true, null);
        completion.recordResult(clerk, asInstitution, enrolments.find(course.getId(), failed).getId(), false, "缺课太多");

        CompletionService.Moved moved = completion.moveToJob(clerk, TrainingViewer.staff(scope), course.getId());
        assertThat(moved.applied()).isEqualTo(1);
        assertThat(applications.find(job.getId(), passed).getStatus()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(applications.find(job.getId(), passed).getChannel()).isEqualTo("TRAINING");
        assertThat(applications.find(job.getId(), failed)).isNull();
        assertThatThrownBy(() -> completion.moveToJob(clerk, TrainingViewer.staff(scope), course.getId()))
                .hasMessageContaining("没有需要转入");
    }

    @Test
    void theEveReminderIsQueuedOnceAndTheDashboardCountsTrainees() {
        Course course = course(5, null);
        long trainee = follower(worker()).getId();
        enrolments.signUp(trainee, course.getId(), "WECHAT");
        reminder.remindDue();
        reminder.remindDue();
        assertThat(jdbc.queryForList("SELECT body FROM delivery WHERE worker_id = ? AND source LIKE 'training:%:eve'",
                String.class, trainee)).singleElement().asString().contains("明天").contains(course.getPlace());

        // The first morning: nothing before 6:00, then one reminder, once.
        startToday(course);
        assertThat(reminder.remindDue(today.atTime(5, 59))).isZero();
        assertThat(reminder.remindDue(today.atTime(6, 0))).isEqualTo(1);
        assertThat(reminder.remindDue(today.atTime(7, 0))).isZero();
        assertThat(jdbc.queryForObject("SELECT body FROM delivery WHERE worker_id = ? AND source LIKE 'training:%:morning'",
                String.class, trainee)).contains("今天");

        DashboardFigures training = figures.stream().filter(f -> f instanceof TrainingFigures).findFirst().orElseThrow();
        assertThat(training.figures(RegionScope.of(chain.township()), Year.from(today)))
                .filteredOn(f -> f.key().equals("trained")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(1));
        assertThat(training.figures(RegionScope.of(TestRegions.create(regions).county()), Year.from(today)))
                .filteredOn(f -> f.key().equals("trained")).singleElement()
                .satisfies(f -> assertThat(f.value()).isZero());
    }

    @Test
    void fraudSignalsAreShownToTheCounty() {
        Course morning = course(40, null);
        Course elsewhere = course(5, null);
        long both = worker().getId();
        enrolments.signUp(both, morning.getId(), "WECHAT");
        enrolments.signUp(both, elsewhere.getId(), "WECHAT");
        List<Long> proxied = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            proxied.add(worker().getId());
            enrolments.signUp(proxied.get(i), morning.getId(), "WECHAT");
        }
        startToday(morning);
        startToday(elsewhere);
        TrainingSession a = session(morning, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10), 120);
        TrainingSession b = session(elsewhere, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5), 120);
        assertThat(attendance.checkInByCode(both, "own-phone", a.getCheckInCode()).result()).isEqualTo(Result.CHECKED_IN);
        assertThat(attendance.checkInByCode(both, "own-phone", b.getCheckInCode()).result()).isEqualTo(Result.CHECKED_IN);
        for (long trainee : proxied.subList(0, 2)) {
            attendance.checkInByCode(trainee, "one-phone-for-all", a.getCheckInCode());
        }
        for (long trainee : proxied) {
            attendance.correct(clerk, asInstitution, a.getId(), enrolments.find(morning.getId(), trainee).getId(), true,
                    "纸质签到表补录");
        }
        List<TrainingSignals.Signal> found = signals.of(scope);
        assertThat(found).filteredOn(x -> x.kind() == TrainingSignals.Kind.OVERLAPPING).singleElement()
                .satisfies(x -> assertThat(x.detail()).contains("学员"));
        assertThat(found).filteredOn(x -> x.kind() == TrainingSignals.Kind.SHARED_WECHAT).singleElement()
                .satisfies(x -> assertThat(x.detail()).contains("2 名学员"));
        assertThat(found).filteredOn(x -> x.kind() == TrainingSignals.Kind.MANUAL_ROSTER).singleElement()
                .satisfies(x -> assertThat(x.courseId()).isEqualTo(morning.getId()));
        assertThat(found).noneMatch(x -> x.kind() == TrainingSignals.Kind.MASS_CERTIFICATES);
        assertThat(signals.of(RegionScope.of(TestRegions.create(regions).county()))).isEmpty();

        // Thirty certificates by one institution on one day.
        Course big = course(40, null);
        for (int i = 0; i < TrainingSignals.MASS_CERTIFICATES; i++) {
            enrolments.signUp(worker().getId(), big.getId(), "WECHAT");
        }
        startToday(big);
        held(big, enrolments.ofCourse(big.getId(), EnrolmentStatus.ENROLLED).stream().mapToLong(Enrolment::getWorkerId).toArray());
        int serial = ThreadLocalRandom.current().nextInt(1_000_000, 8_000_000);
        for (Enrolment e : enrolments.ofCourse(big.getId(), EnrolmentStatus.ENROLLED)) {
            completion.recordResult(clerk, asInstitution, e.getId(), true, null);
            completion.issueCertificate(clerk, asInstitution, e.getId(), CertificateLevel.BASIC, "M" + serial++, today);
        }
        assertThat(signals.of(scope)).filteredOn(x -> x.kind() == TrainingSignals.Kind.MASS_CERTIFICATES).singleElement()
                .satisfies(x -> assertThat(x.detail()).contains("一天发证 30 本"));
    }

    @Test
    void aPaperSignInSheetIsCheckedWholeThenImportedAsCorrections() {
        Course course = course(5, null);
        Worker trainee = worker();
        enrolments.signUp(trainee.getId(), course.getId(), "WECHAT");
        long enrolment = enrolments.find(course.getId(), trainee.getId()).getId();
        startToday(course);
        session(course, LocalDateTime.now(ZoneOffset.UTC).minusHours(3), 60);
        session(course, LocalDateTime.now(ZoneOffset.UTC).plusHours(3), 60);

        SignInSheetImport.SheetResult refused = sheetImport.importSheet(clerk, asInstitution, course.getId(), List.of(
                new SignInSheetImport.SheetLine(2, String.valueOf(enrolment), "学员", "1", "是"),
                new SignInSheetImport.SheetLine(3, "999999999", "学员", "1", "是"),
                new SignInSheetImport.SheetLine(4, String.valueOf(enrolment), "别人", "1", "是"),
                new SignInSheetImport.SheetLine(5, String.valueOf(enrolment), "学员", "2", "是"),
                new SignInSheetImport.SheetLine(6, String.valueOf(enrolment), "学员", "1", "到了")), "十二月签到表.xlsx");
        assertThat(refused.imported()).isZero();
        assertThat(refused.problems()).containsExactly("第3行「学员编号」:不是本课程名册上的学员。",
                "第4行「姓名」:和学员编号 " + enrolment + " 的姓名对不上。", "第5行「课次」:第2节还没开始。",
                "第6行「出勤」:请填 是 或 否。");
        assertThat(records.record(enrolment).orElseThrow().sessionsAttended()).isZero();

        SignInSheetImport.SheetResult imported = sheetImport.importSheet(clerk, asInstitution, course.getId(), List.of(
                new SignInSheetImport.SheetLine(2, enrolment + ".0", " 学员 ", "1.0", "是")), "十二月签到表.xlsx");
        assertThat(imported.imported()).isEqualTo(1);
        assertThat(records.record(enrolment).orElseThrow().sessionsAttended()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT reason FROM training_attendance WHERE enrolment_id = ?", String.class,
                enrolment)).isEqualTo("签到表导入:十二月签到表.xlsx 第2行");
    }

    // --- helpers ---------------------------------------------------------------------------

    private Course course(int capacity, Long jobId) {
        return courses.create(clerk, asInstitution, draft(capacity, null, jobId));
    }

    private CourseService.CourseDraft draft(int capacity, Long institutionId, Long jobId) {
        return new CourseService.CourseDraft("电焊工就业技能培训", CourseKind.PRE_EMPLOYMENT, "电焊工",
                CertificateLevel.BASIC, institutionId, chain.county().getCode(), "县职业中专实训楼", today.plusDays(1),
                today.plusDays(20), capacity, true, "王老师、李老师", "理论10天、实操10天、考核1天", jobId);
    }

    /** Moves a course that took its sign-ups to start today, so sessions can be now. */
    private void startToday(Course course) {
        jdbc.update("UPDATE training_course SET starts_on = ? WHERE id = ?", today, course.getId());
    }

    /** One session of the course that ended an hour ago, attended by these workers (corrected by hand). */
    private void held(Course course, long... workerIds) {
        TrainingSession past = session(course, LocalDateTime.now(ZoneOffset.UTC).minusHours(3), 120);
        for (long workerId : workerIds) {
            attendance.correct(clerk, asInstitution, past.getId(), enrolments.find(course.getId(), workerId).getId(), true,
                    "纸质签到表补录");
        }
    }

    private TrainingSession session(Course course, LocalDateTime startsUtc, int minutes) {
        TrainingSession session = courses.addSession(clerk, asInstitution, course.getId(),
                today.plusDays(1).atTime(9, 0), today.plusDays(1).atTime(10, 0), "实操");
        jdbc.update("UPDATE training_session SET starts_at = ?, ends_at = ? WHERE id = ?", startsUtc,
                startsUtc.plusMinutes(minutes), session.getId());
        return courses.sessions(course.getId()).stream().filter(s -> s.getId().equals(session.getId())).findFirst()
                .orElseThrow();
    }

    private static String wrong(TrainingSession... sessions) {
        while (true) {
            String code = CourseService.digits();
            boolean taken = false;
            for (TrainingSession s : sessions) {
                taken |= code.equals(s.getCheckInCode());
            }
            if (!taken) {
                return code;
            }
        }
    }

    private Worker follower(Worker worker) {
        String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        followers.subscribed("wxtraining", openid, null);
        followers.bindWorker("wxtraining", openid, worker.getId());
        return worker;
    }

    private Worker worker() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return workers.register(new NewWorker("学员", TestIds.bornIn(1970 + random.nextInt(30)),
                null, chain.village().getCode(), true));
    }
}
