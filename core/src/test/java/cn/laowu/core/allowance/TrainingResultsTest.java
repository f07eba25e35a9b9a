package cn.laowu.core.allowance;

import cn.laowu.core.allowance.AllowanceFixture.World;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.CompletionService;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.EnrolmentStatus;
import cn.laowu.core.training.AttendanceService;
import cn.laowu.core.training.TrainingSession;
import cn.laowu.core.training.TrainingViewer;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Training results rules through the real records, and what the reviewer sees of a training claim:
 * 结业 on day 1 of a 30-day course refused, a county override with its reason audited and flagged on
 * the claim, the facts (attendance by session, course dates, placement), a placement during the course.
 */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class TrainingResultsTest {

    @Autowired
    AllowanceFixture fixture;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    AllowanceReview review;
    @Autowired
    StaffService staff;
    @Autowired
    CourseService courses;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    AttendanceService attendance;
    @Autowired
    CompletionService completion;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void dayOneCompletionIsRefusedAndACountyOverrideIsAuditedAndFlaggedOnTheClaim() {
        World w = fixture.world();
        Worker poor = w.worker(true);
        Place place = place(w);
        // A 30-day course that began yesterday: 6 sessions, the first held, 5 still to come.
        Course course = thirtyDays(place, poor, 6, 1);
        long enrolment = enrolments.find(course.getId(), poor.getId()).getId();
        attendance.correct(place.actor(), place.viewer(), courses.sessions(course.getId()).get(0).getId(), enrolment, true,
                "纸质签到表补录");
        w.placed(poor, w.job(WorkArea.OUT_OF_PROVINCE, "五险"), null);

        assertThatThrownBy(() -> completion.recordResult(place.actor(), place.viewer(), enrolment, true, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("最后一次课").hasMessageContaining("县级管理员");
        assertThat(enrolments.get(enrolment).getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(claims.mine(poor.getId())).noneMatch(v -> v.policy().getCode().equals("TRAINING_LIVING"));

        // Only a county, only with a written reason.
        assertThatThrownBy(() -> completion.overrideResult(place.actor(), place.viewer(), enrolment, "学员已外出务工,特批结业处理"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("县级");
        TrainingViewer township = TrainingViewer.staff(w.township);
        assertThatThrownBy(() -> completion.overrideResult(w.townshipClerk, township, enrolment, "学员已外出务工,特批结业处理"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("县级");
        TrainingViewer county = TrainingViewer.staff(w.county);
        assertThatThrownBy(() -> completion.overrideResult(w.admin, county, enrolment, "特批"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("理由");
        completion.overrideResult(w.admin, county, enrolment, "学员因工伤住院,县局会议决定按已学课时结业");
        assertThat(enrolments.get(enrolment).getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT after_data FROM audit_log WHERE action = 'OVERRIDE_COMPLETE' AND entity_id = ?",
                String.class, String.valueOf(enrolment))).contains("县局会议决定").contains("最后一次课");

        // The living subsidy counts the one day attended; its reviewer sees why it is doubtful.
        AllowanceClaims.View living = claims.mine(poor.getId()).stream()
                .filter(v -> v.policy().getCode().equals("TRAINING_LIVING")).findFirst().orElseThrow();
        assertThat(living.claim().getAmountFen()).isEqualTo(1_000L);
        for (var scope : List.of(w.township, w.county)) {
            AllowanceReview.Item item = review.get(scope, living.claim().getId());
            assertThat(item.flags()).anyMatch(f -> f.contains("县级管理员破例登记结业") && f.contains("工伤"))
                    .anyMatch(f -> f.contains("出勤 1/6 次(16%)"))
                    .anyMatch(f -> f.contains("早于课程结束日期"))
                    .anyMatch(f -> f.contains("培训期间") && f.contains("上岗"));
            assertThat(review.facts(scope, living.claim().getId()))
                    .anyMatch(f -> f.startsWith("课程:") && f.contains(course.getEndsOn().toString()))
                    .anyMatch(f -> f.startsWith("出勤:1/6 次"))
                    .anyMatch(f -> f.startsWith("逐次:") && f.contains("✓") && f.contains("·"))
                    .anyMatch(f -> f.startsWith("上岗:「缝纫工」"));
        }
    }

    @Test
    void thinAttendanceIsRefusedWithItsFiguresAndARegionsOwnRuleCounts() {
        World w = fixture.world();
        Worker a = w.worker(false);
        Place place = place(w);
        Course course = thirtyDays(place, a, 2, 2);
        long enrolment = enrolments.find(course.getId(), a.getId()).getId();
        attendance.correct(place.actor(), place.viewer(), courses.sessions(course.getId()).get(0).getId(), enrolment, true,
                "纸质签到表补录");
        assertThatThrownBy(() -> completion.recordResult(place.actor(), place.viewer(), enrolment, true, null))
                .hasMessageContaining("出勤 1/2 次(50%),不到结业要求的 80%");
        // 未结业 is always possible, with its reason.
        completion.recordResult(place.actor(), place.viewer(), enrolment, false, "出勤不足");
        assertThat(enrolments.get(enrolment).getStatus()).isEqualTo(EnrolmentStatus.NOT_COMPLETED);

        jdbc.update("INSERT INTO training_result_rule (region_code, region_path, min_attendance_percent, completion_after,"
                        + " issuer_required, basis, updated_by, updated_at) VALUES (?, ?, 50, 'LAST_SESSION', 1, '县细则', 'test', NOW(3))",
                w.chain.county().getCode(), w.chain.county().getPath());
        completion.recordResult(place.actor(), place.viewer(), enrolment, true, null);
        assertThat(enrolments.get(enrolment).getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
    }

    @Test
    void aCertificateNeedsCompletionAnIssuerAndADateNotBeforeIt() {
        World w = fixture.world();
        Worker a = w.worker(false);
        Place place = place(w);
        Course course = thirtyDays(place, a, 1, 1);
        long enrolment = enrolments.find(course.getId(), a.getId()).getId();
        assertThatThrownBy(() -> completion.issueCertificate(place.actor(), place.viewer(), enrolment, CertificateLevel.BASIC,
                "XJ-" + serial(), today, "州职业技能鉴定中心")).hasMessageContaining("结业后");
        attendance.correct(place.actor(), place.viewer(), courses.sessions(course.getId()).get(0).getId(), enrolment, true,
                "纸质签到表补录");
        completion.recordResult(place.actor(), place.viewer(), enrolment, true, null);
        assertThatThrownBy(() -> completion.issueCertificate(place.actor(), place.viewer(), enrolment, CertificateLevel.BASIC,
                "XJ-" + serial(), today, " ")).hasMessageContaining("发证机构");
        assertThatThrownBy(() -> completion.issueCertificate(place.actor(), place.viewer(), enrolment, CertificateLevel.BASIC,
                "XJ-" + serial(), today.minusDays(1), "州职业技能鉴定中心")).hasMessageContaining("不能早于结业日期");
        String number = "XJ-" + serial();
        completion.issueCertificate(place.actor(), place.viewer(), enrolment, CertificateLevel.BASIC, number, today,
                "州职业技能鉴定中心");
        assertThat(enrolments.get(enrolment).getCertificateIssuer()).isEqualTo("州职业技能鉴定中心");
        assertThat(enrolments.get(enrolment).getCertificateSerial()).isEqualTo(number);
    }

    private record Place(Actor actor, TrainingViewer viewer) {
    }

    private Place place(World w) {
        StaffAccount institution = staff.bootstrap("px" + UUID.randomUUID().toString().substring(0, 8), "县职业培训学校",
                StaffRole.TRAINING_PROVIDER, w.chain.county().getCode(), "Passw0rd!x", false);
        return new Place(new Actor(institution.getUsername(), w.chain.county().getPath(), null),
                TrainingViewer.institution(w.county, institution.getId()));
    }

    /** A pre-employment course from yesterday for 30 days; the first {@code held} of its sessions are over. */
    private Course thirtyDays(Place place, Worker trainee, int sessions, int held) {
        Course course = courses.create(place.actor(), place.viewer(), new CourseService.CourseDraft("缝纫工培训班",
                CourseKind.PRE_EMPLOYMENT, "缝纫工", CertificateLevel.BASIC, null, place.viewer().scope().rootCode(),
                "县职业中专", today.plusDays(1), today.plusDays(29), 30, true, "王老师", "理论和实操", null));
        enrolments.signUp(trainee.getId(), course.getId(), "WECHAT");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            ids.add(courses.addSession(place.actor(), place.viewer(), course.getId(), today.plusDays(1).atTime(9, 0),
                    today.plusDays(1).atTime(11, 0), "第" + (i + 1) + "课").getId());
        }
        jdbc.update("UPDATE training_course SET starts_on = ? WHERE id = ?", today.minusDays(1), course.getId());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < ids.size(); i++) {
            LocalDateTime at = i < held ? now.minusHours(3L * (held - i) + 1) : now.plusDays(i + 1L);
            jdbc.update("UPDATE training_session SET starts_at = ?, ends_at = ? WHERE id = ?", at, at.plusHours(2), ids.get(i));
        }
        return courses.find(course.getId()).orElseThrow();
    }

    private static int serial() {
        return ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }
}
