package cn.laowu.core.allowance;

import cn.laowu.core.allowance.training.TrainingStandards;
import cn.laowu.core.allowance.training.TrainingSubsidyReport;
import cn.laowu.core.allowance.AllowanceFixture.World;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.training.AttendanceService;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.CompletionService;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.TrainingSession;
import cn.laowu.core.training.TrainingViewer;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Training subsidies through the real records: courses, check-ins corrected by the trainer, 结业 and
 * certificates, generating claims in the allowance review flow at the standards of the course's region.
 */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class TrainingSubsidyTest {

    @Autowired
    AllowanceFixture fixture;
    @Autowired
    TrainingStandards standards;
    @Autowired
    TrainingSubsidyReport report;
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
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aSixMonthCourseEarnsEachTraineeWhatTheRecordsAndTheRegionsStandardsSay() {
        World w = fixture.world();
        defaults(w, true);
        Worker poor = w.worker(true);
        Worker other = w.worker(false);
        Place place = place(w);
        // Living subsidy only for the days attended: 4 of 5 (80%, the least 结业 allows).
        Course course = course(place, CourseKind.PRE_EMPLOYMENT, "缝纫工", CertificateLevel.BASIC, List.of(poor, other), 6, 5);
        attend(place, course, poor, 4);
        attend(place, course, other, 5);
        complete(place, course, poor);
        complete(place, course, other);
        // 结业 alone: the living subsidy; the standard asks for a certificate, so no training subsidy yet.
        assertThat(amounts(poor)).containsExactlyInAnyOrderEntriesOf(Map.of("TRAINING_LIVING", 4_000L));
        assertThat(amounts(other)).isEmpty();

        certify(place, course, poor, CertificateLevel.BASIC);
        certify(place, course, other, CertificateLevel.BASIC);
        assertThat(amounts(poor)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "TRAINING_LIVING", 4_000L, "CERTIFICATE", 150_000L, "TRAINING_SUBSIDY", 170_000L));
        assertThat(amounts(other)).containsExactlyInAnyOrderEntriesOf(Map.of("TRAINING_SUBSIDY", 100_000L));
        AllowanceClaims.View subsidy = claims.mine(poor.getId()).stream()
                .filter(v -> v.policy().getCode().equals("TRAINING_SUBSIDY")).findFirst().orElseThrow();
        assertThat(subsidy.claim().getDetail()).isEqualTo("「缝纫工培训班」各工种初级标准1000元 × 170%(建档立卡·就业前技能培训)= 1700元");
        assertThat(subsidy.claim().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(review.queue(w.township, ClaimStatus.SUBMITTED)).extracting(v -> v.claim().getId())
                .contains(subsidy.claim().getId());
        assertThat(outbox.ofSource("allowance:" + subsidy.claim().getId() + ":generated")).extracting(Delivery::getBody)
                .anyMatch(b -> b.contains("1700元"));

        // The console's figures are the same rules on the same records.
        TrainingSubsidyReport.CourseSubsidies figures = report.forCourse(place.viewer(), course.getId());
        assertThat(figures.trainees()).hasSize(2);
        assertThat(figures.trainingFen()).isEqualTo(270_000);
        assertThat(figures.livingFen()).isEqualTo(4_000);
        assertThat(figures.certificateFen()).isEqualTo(150_000);
        assertThat(figures.trainees()).filteredOn(t -> t.worker().getId().equals(poor.getId())).singleElement()
                .satisfies(t -> assertThat(t.claims()).contains("职业技能培训补贴 1700元"));
        assertThatThrownBy(() -> report.forCourse(TrainingViewer.staff(RegionScope.of(fixture.world().chain.county())),
                course.getId())).isInstanceOf(NotFoundInScope.class);
    }

    @Test
    void skillUpgradingPaysFortyPercentAndFiveMonthsEarnNoCertificateBonus() {
        World w = fixture.world();
        defaults(w, true);
        Worker poor = w.worker(true);
        Place place = place(w);
        Course course = course(place, CourseKind.SKILL_UPGRADE, "电工", CertificateLevel.INTERMEDIATE, List.of(poor), 5, 2);
        attend(place, course, poor, 2);
        complete(place, course, poor);
        certify(place, course, poor, CertificateLevel.INTERMEDIATE);
        assertThat(amounts(poor)).containsExactlyInAnyOrderEntriesOf(Map.of("TRAINING_SUBSIDY", 60_000L));
        assertThat(report.forCourse(place.viewer(), course.getId()).trainees().get(0).certificate().how())
                .isEqualTo("培训5个月,不满6个月");
    }

    @Test
    void aSecondRegionPaysByItsOwnStandardsAndACitysPremiumBeatsThePrefecturesDefault() {
        World first = fixture.world();
        defaults(first, true);
        Actor admin = new Actor("county-admin", first.chain.county().getPath(), null);
        standards.set(admin, first.county, first.chain.county().getCode(), "电焊工", CertificateLevel.BASIC, 120_000L,
                true, "紧缺工种 +20%");
        World second = fixture.world();
        Actor prefect = new Actor("prefect", second.chain.prefecture().getPath(), null);
        standards.set(prefect, second.prefecture, second.chain.prefecture().getCode(), "", CertificateLevel.BASIC,
                80_000L, false, "本州标准");

        Worker welder = first.worker(false);
        Place there = place(first);
        Course welding = course(there, CourseKind.PRE_EMPLOYMENT, "电焊工", CertificateLevel.BASIC, List.of(welder), 1, 1);
        attend(there, welding, welder, 1);
        complete(there, welding, welder);
        certify(there, welding, welder, CertificateLevel.BASIC);
        assertThat(amounts(welder)).containsExactlyInAnyOrderEntriesOf(Map.of("TRAINING_SUBSIDY", 120_000L));

        Worker poor = second.worker(true);
        Place here = place(second);
        Course sewing = course(here, CourseKind.PRE_EMPLOYMENT, "缝纫工", CertificateLevel.BASIC, List.of(poor), 1, 1);
        attend(here, sewing, poor, 1);
        complete(here, sewing, poor);
        // No certificate asked for there: paid at 结业, at that region's 800 元 × 170%.
        assertThat(amounts(poor)).containsExactlyInAnyOrderEntriesOf(Map.of("TRAINING_LIVING", 1_000L,
                "TRAINING_SUBSIDY", 136_000L));

        // Each region changes only its own rows.
        assertThatThrownBy(() -> standards.set(admin, first.county, second.chain.county().getCode(), "", CertificateLevel.BASIC,
                1L, true, null)).isInstanceOf(RuleViolation.class);
        long secondRow = standards.list(second.prefecture).stream()
                .filter(s -> s.getRegionPath().equals(second.chain.prefecture().getPath())).findFirst().orElseThrow().getId();
        assertThatThrownBy(() -> standards.remove(admin, first.county, secondRow)).isInstanceOf(NotFoundInScope.class);
        assertThat(standards.find(second.chain.village().getPath(), "电焊工", CertificateLevel.BASIC)).get()
                .satisfies(s -> assertThat(s.getAmountFen()).isEqualTo(80_000));
    }

    @Test
    void aFreeCoursesTrainingSubsidyIsTheInstitutionsAndTheWorkerIsToldOnlyWhatIsTheirs() {
        World w = fixture.world();
        defaults(w, false);
        Worker poor = w.worker(true);
        Place place = place(w);
        Course course = course(place, CourseKind.PRE_EMPLOYMENT, "缝纫工", CertificateLevel.BASIC, List.of(poor), 1, 1);
        jdbc.update("UPDATE training_course SET free = 1 WHERE id = ?", course.getId());
        attend(place, course, poor, 1);
        complete(place, course, poor);

        // The worker's own: the living subsidy. The 1700 元 is the institution's, and the worker hears nothing of it.
        assertThat(amounts(poor)).containsExactlyInAnyOrderEntriesOf(Map.of("TRAINING_LIVING", 1_000L));
        Map<String, Object> row = jdbc.queryForMap("SELECT c.id, c.claimant_type, c.claimant_id, c.amount_fen, c.detail"
                + " FROM allowance_claim c JOIN allowance_policy p ON p.id = c.policy_id"
                + " WHERE c.worker_id = ? AND p.code = 'TRAINING_SUBSIDY'", poor.getId());
        assertThat(row.get("claimant_type")).isEqualTo("INSTITUTION");
        assertThat(((Number) row.get("claimant_id")).longValue()).isEqualTo(place.viewer().institutionId());
        assertThat(((Number) row.get("amount_fen")).longValue()).isEqualTo(170_000L);
        assertThat((String) row.get("detail")).contains("免费培训,发给县职业培训学校");
        long claimId = ((Number) row.get("id")).longValue();
        assertThat(outbox.ofSource("allowance:" + claimId + ":generated")).isEmpty();
        assertThat(review.get(w.township, claimId).claimant()).contains("培训机构");
        assertThat(report.forCourse(place.viewer(), course.getId()).trainees().get(0).training().how())
                .endsWith("(发给培训机构)");
        assertThat(report.forCourse(place.viewer(), course.getId()).trainees().get(0).claims())
                .contains("职业技能培训补贴 1700元");
    }

    // --- helpers ---------------------------------------------------------------------------

    /** A course's institution and the clerk who runs it. */
    private record Place(World world, Actor actor, TrainingViewer viewer) {
    }

    private Place place(World w) {
        StaffAccount institution = staff.bootstrap("px" + UUID.randomUUID().toString().substring(0, 8), "县职业培训学校",
                StaffRole.TRAINING_PROVIDER, w.chain.county().getCode(), "Passw0rd!x", false);
        return new Place(w, new Actor(institution.getUsername(), w.chain.county().getPath(), null),
                TrainingViewer.institution(w.county, institution.getId()));
    }

    /** The prefecture's national-ceiling defaults (as V17 seeds them for 湘西州). */
    private void defaults(World w, boolean certificateRequired) {
        Actor prefect = new Actor("prefect", w.chain.prefecture().getPath(), null);
        standards.set(prefect, w.prefecture, w.chain.prefecture().getCode(), "全部", CertificateLevel.BASIC, 100_000L,
                certificateRequired, "国家上限");
        standards.set(prefect, w.prefecture, w.chain.prefecture().getCode(), null, CertificateLevel.INTERMEDIATE, 150_000L,
                certificateRequired, "国家上限");
    }

    /** A course of {@code months} that ended yesterday, with {@code sessions} sessions on as many past days. */
    private Course course(Place place, CourseKind kind, String occupation, CertificateLevel level, List<Worker> trainees,
                          int months, int sessions) {
        Course course = courses.create(place.actor(), place.viewer(), new CourseService.CourseDraft(occupation + "培训班", kind,
                occupation, level, null, place.world().chain.county().getCode(), "县职业中专", today.plusDays(1),
                today.plusDays(20), 30, false, "王老师", "理论和实操", null));
        for (Worker trainee : trainees) {
            enrolments.signUp(trainee.getId(), course.getId(), "WECHAT");
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            ids.add(courses.addSession(place.actor(), place.viewer(), course.getId(), today.plusDays(1).atTime(9, 0),
                    today.plusDays(1).atTime(11, 0), "第" + (i + 1) + "课").getId());
        }
        jdbc.update("UPDATE training_course SET starts_on = ?, ends_on = ? WHERE id = ?", today.minusMonths(months),
                today.minusDays(1), course.getId());
        for (int i = 0; i < ids.size(); i++) {
            LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).minusDays(ids.size() - i).withHour(2);
            jdbc.update("UPDATE training_session SET starts_at = ?, ends_at = ? WHERE id = ?", at, at.plusHours(2), ids.get(i));
        }
        return courses.find(course.getId()).orElseThrow();
    }

    /** The trainer records the trainee present at the first {@code sessions} sessions (one a day). */
    private void attend(Place place, Course course, Worker trainee, int sessions) {
        long enrolment = enrolments.find(course.getId(), trainee.getId()).getId();
        for (TrainingSession session : courses.sessions(course.getId()).subList(0, sessions)) {
            attendance.correct(place.actor(), place.viewer(), session.getId(), enrolment, true, "纸质签到表补录");
        }
    }

    private void complete(Place place, Course course, Worker trainee) {
        completion.recordResult(place.actor(), place.viewer(), enrolments.find(course.getId(), trainee.getId()).getId(),
                true, null);
    }

    private void certify(Place place, Course course, Worker trainee, CertificateLevel level) {
        completion.issueCertificate(place.actor(), place.viewer(), enrolments.find(course.getId(), trainee.getId()).getId(),
                level, "S" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999), null);
    }

    private Map<String, Long> amounts(Worker worker) {
        return claims.mine(worker.getId()).stream()
                .collect(Collectors.toMap(v -> v.policy().getCode(), v -> v.claim().getAmountFen()));
    }
}
