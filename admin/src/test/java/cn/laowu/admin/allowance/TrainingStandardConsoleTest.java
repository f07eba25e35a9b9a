package cn.laowu.admin.allowance;

import cn.laowu.core.allowance.training.TrainingStandard;
import cn.laowu.core.allowance.training.TrainingStandards;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.training.AttendanceService;
import cn.laowu.core.training.CertificateLevel;
import cn.laowu.core.training.CompletionService;
import cn.laowu.core.training.Course;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.CourseService;
import cn.laowu.core.training.EnrolmentService;
import cn.laowu.core.training.TrainingSession;
import cn.laowu.core.training.TrainingViewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 培训补贴标准 through HTTP (role, scope, CSRF), and a course's computed subsidies on its page and in Excel. */
class TrainingStandardConsoleTest extends ConsoleTestSupport {

    @Autowired
    TrainingStandards standards;
    @Autowired
    AllowanceCatalogue catalogue;
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
    void countyAndPrefectureAdminsSetTheirOwnRegionsStandards() throws Exception {
        String page = "/console/allowances/standards";
        MockHttpSession county = login("county");
        mvc.perform(post(page).session(county).param("region", fx.county.getCode()).param("occupation", "电焊工")
                .param("level", "BASIC").param("amount", "1200")).andExpect(status().isForbidden());
        assertThat(standards.find(fx.county.getPath(), "电焊工", CertificateLevel.BASIC)).isEmpty();
        mvc.perform(post(page).session(county).with(csrf()).param("region", fx.county.getCode()).param("occupation", "电焊工")
                        .param("level", "BASIC").param("amount", "abc"))
                .andExpect(flash().attribute("error", containsString("数字")));
        mvc.perform(post(page).session(county).with(csrf()).param("region", fx.prefecture.getCode())
                        .param("level", "BASIC").param("amount", "1000"))
                .andExpect(flash().attribute("error", containsString("本辖区")));
        mvc.perform(post(page).session(county).with(csrf()).param("region", fx.county.getCode()).param("occupation", "电焊工")
                        .param("level", "BASIC").param("amount", "1200").param("certificateRequired", "true")
                        .param("basis", "紧缺工种上浮20%"))
                .andExpect(flash().attribute("success", containsString("已保存")));
        assertThat(standards.find(fx.villageA.getPath(), "电焊工", CertificateLevel.BASIC)).get()
                .satisfies(s -> assertThat(s.getAmountFen()).isEqualTo(120_000));

        MockHttpSession zhou = login("zhou");
        mvc.perform(post(page).session(zhou).with(csrf()).param("region", fx.prefecture.getCode()).param("occupation", "")
                        .param("level", "BASIC").param("amount", "1000").param("certificateRequired", "true"))
                .andExpect(flash().attribute("success", containsString("已保存")));
        TrainingStandard prefectures = standards.find(fx.villageA.getPath(), "缝纫工", CertificateLevel.BASIC).orElseThrow();
        assertThat(prefectures.anyOccupation()).isTrue();
        mvc.perform(post(page + "/" + prefectures.getId() + "/delete").session(county).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(page).session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("紧缺工种上浮20%")))
                .andExpect(content().string(containsString("全部工种")))
                .andExpect(content().string(containsString("保存标准")));

        // Township staff and leaders read; they change nothing. Other roles do not see the page.
        MockHttpSession township = login("towna");
        mvc.perform(get(page).session(township)).andExpect(status().isOk())
                .andExpect(content().string(containsString("紧缺工种上浮20%")))
                .andExpect(content().string(not(containsString("保存标准"))));
        mvc.perform(post(page).session(township).with(csrf()).param("region", fx.townshipA.getCode())
                .param("level", "BASIC").param("amount", "5000")).andExpect(status().isForbidden());
        mvc.perform(post(page).session(login("leader")).with(csrf()).param("region", fx.prefecture.getCode())
                .param("level", "BASIC").param("amount", "5000")).andExpect(status().isForbidden());
        mvc.perform(get(page).session(login("trainer"))).andExpect(status().isForbidden());
        mvc.perform(get(page).session(login("townb"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("保存标准"))));
        assertThat(standards.find(fx.villageA.getPath(), "缝纫工", CertificateLevel.BASIC).orElseThrow().getAmountFen())
                .isEqualTo(100_000);

        long own = standards.find(fx.villageA.getPath(), "电焊工", CertificateLevel.BASIC).orElseThrow().getId();
        mvc.perform(post(page + "/" + own + "/delete").session(county))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + own + "/delete").session(county).with(csrf()))
                .andExpect(flash().attribute("success", containsString("已删除")));
        assertThat(standards.find(fx.villageA.getPath(), "电焊工", CertificateLevel.BASIC).orElseThrow().getAmountFen())
                .isEqualTo(100_000);
    }

    @Test
    void anAdminEditsARowsRatesAndABadRateChangesNothing() throws Exception {
        String page = "/console/allowances/standards";
        MockHttpSession county = login("county");
        mvc.perform(get(page).session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"povertyPercent\"")))
                .andExpect(content().string(containsString("name=\"upgradePercent\"")));
        mvc.perform(post(page).session(county).with(csrf()).param("region", fx.county.getCode()).param("occupation", "电工")
                        .param("level", "BASIC").param("amount", "1000").param("certificateRequired", "true")
                        .param("povertyPercent", "150").param("upgradePercent", "50"))
                .andExpect(flash().attribute("success", containsString("已保存")));
        TrainingStandard row = standards.find(fx.villageA.getPath(), "电工", CertificateLevel.BASIC).orElseThrow();
        assertThat(row.getPovertyPreEmploymentPercent()).isEqualTo(150);
        assertThat(row.getSkillUpgradePercent()).isEqualTo(50);
        mvc.perform(get(page).session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("150%")))
                .andExpect(content().string(containsString("50%")));

        // Saving the same region, occupation and level again edits the row: skill upgrading now 60%.
        mvc.perform(post(page).session(county).with(csrf()).param("region", fx.county.getCode()).param("occupation", "电工")
                        .param("level", "BASIC").param("amount", "1000").param("certificateRequired", "true")
                        .param("povertyPercent", "150").param("upgradePercent", "60%"))
                .andExpect(flash().attribute("success", containsString("已保存")));
        row = standards.find(fx.villageA.getPath(), "电工", CertificateLevel.BASIC).orElseThrow();
        assertThat(row.getSkillUpgradePercent()).isEqualTo(60);
        assertThat(row.getPovertyPreEmploymentPercent()).isEqualTo(150);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'training_subsidy_standard' "
                        + "AND entity_id = ? AND before_data LIKE ? AND after_data LIKE ?", Long.class,
                String.valueOf(row.getId()), "%岗位技能提升50%", "%岗位技能提升60%")).isEqualTo(1);

        // Bad rates are refused with the field named, and nothing changes (not even the amount sent with them).
        String[][] bad = {{"301", "50", "建档立卡就业前培训的比例要在0到300之间"}, {"150", "-5", "岗位技能提升培训的比例请填0到300之间的整数"},
                {"12.5", "50", "建档立卡就业前培训的比例请填0到300之间的整数"}, {"150", "abc", "岗位技能提升培训的比例请填0到300之间的整数"},
                {"1700", "40", "建档立卡就业前培训的比例请填0到300之间的整数"}};
        for (String[] b : bad) {
            mvc.perform(post(page).session(county).with(csrf()).param("region", fx.county.getCode()).param("occupation", "电工")
                            .param("level", "BASIC").param("amount", "2000").param("certificateRequired", "true")
                            .param("povertyPercent", b[0]).param("upgradePercent", b[1]))
                    .andExpect(flash().attribute("error", containsString(b[2])));
        }
        row = standards.find(fx.villageA.getPath(), "电工", CertificateLevel.BASIC).orElseThrow();
        assertThat(row.getAmountFen()).isEqualTo(100_000);
        assertThat(row.getPovertyPreEmploymentPercent()).isEqualTo(150);
        assertThat(row.getSkillUpgradePercent()).isEqualTo(60);

        // A township cannot change a rate.
        mvc.perform(post(page).session(login("towna")).with(csrf()).param("region", fx.county.getCode())
                .param("occupation", "电工").param("level", "BASIC").param("amount", "1000")
                .param("povertyPercent", "100")).andExpect(status().isForbidden());
        assertThat(standards.find(fx.villageA.getPath(), "电工", CertificateLevel.BASIC).orElseThrow()
                .getPovertyPreEmploymentPercent()).isEqualTo(150);
        standards.remove(new Actor("county", fx.county.getPath(), null), RegionScope.of(fx.county), row.getId());
    }

    @Test
    void aCoursePageShowsEachTraineesSubsidiesAndExportsThem() throws Exception {
        Actor prefect = new Actor("prefect", fx.prefecture.getPath(), null);
        for (AllowancePolicy seeded : catalogue.inForce("/433100/")) {
            catalogue.define(prefect, RegionScope.of(fx.prefecture), fx.prefecture.getCode(), new AllowanceCatalogue.PolicyDraft(
                    seeded.getCode(), seeded.getName(), seeded.getQualification(), seeded.getComputation(),
                    seeded.getAmountFen(), seeded.getCapOutProvinceFen(), seeded.getCapInProvinceFen(),
                    seeded.getCapInPrefectureFen(), AllowanceRules.evidence(seeded), seeded.getFrequency(),
                    seeded.getMinMonths(), seeded.getNoticeDays(), seeded.getValidFrom(), null, seeded.getBasis()));
        }
        standards.set(prefect, RegionScope.of(fx.prefecture), fx.prefecture.getCode(), null, CertificateLevel.BASIC,
                100_000L, true, "国家上限");
        StaffAccount me = staff.findByUsername(fx.user("trainer")).orElseThrow();
        TrainingViewer viewer = TrainingViewer.institution(RegionScope.of(fx.county), me.getId());
        Actor trainer = new Actor(me.getUsername(), fx.county.getPath(), null);
        Course course = courses.create(trainer, viewer, new CourseService.CourseDraft("缝纫工培训" + fx.tag,
                CourseKind.PRE_EMPLOYMENT, "缝纫工", CertificateLevel.BASIC, null, fx.county.getCode(), "县职校",
                today.plusDays(1), today.plusDays(10), 20, true, "王老师", "理论+实操", null));
        enrolments.signUp(fx.workerA.getId(), course.getId(), "WECHAT");
        enrolments.signUp(fx.workerB.getId(), course.getId(), "WECHAT");
        TrainingSession session = courses.addSession(trainer, viewer, course.getId(), today.plusDays(1).atTime(9, 0),
                today.plusDays(1).atTime(11, 0), "实操");
        jdbc.update("UPDATE training_course SET starts_on = ?, ends_on = ? WHERE id = ?", today.minusDays(10),
                today.minusDays(1), course.getId());
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).minusDays(2);
        jdbc.update("UPDATE training_session SET starts_at = ?, ends_at = ? WHERE id = ?", at, at.plusHours(2), session.getId());
        long poor = enrolments.find(course.getId(), fx.workerA.getId()).getId();
        attendance.correct(trainer, viewer, session.getId(), poor, true, "纸质签到表补录");
        completion.recordResult(trainer, viewer, poor, true, null);
        completion.issueCertificate(trainer, viewer, poor, CertificateLevel.BASIC,
                "C" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999), null);

        String page = "/console/training/" + course.getId();
        mvc.perform(get(page).session(login("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("各工种初级标准1000元 × 170%(建档立卡·就业前技能培训)= 1700元")))
                .andExpect(content().string(containsString("每天10元 × 出勤1天 = 10元")))
                .andExpect(content().string(containsString("职业技能培训补贴 1700元 待乡镇初审")))
                .andExpect(content().string(containsString("结业并取得证书后:各工种初级标准1000元 × 100%")));
        mvc.perform(get(page + "/subsidies.xlsx").session(login("county"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get(page + "/subsidies.xlsx").session(login("townb"))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/subsidies.xlsx").session(login("village"))).andExpect(status().isForbidden());

        // The reviewer's page of the living subsidy shows what it rests on.
        long living = jdbc.queryForObject("SELECT c.id FROM allowance_claim c JOIN allowance_policy p ON p.id = c.policy_id"
                + " WHERE c.worker_id = ? AND p.code = 'TRAINING_LIVING'", Long.class, fx.workerA.getId());
        mvc.perform(get("/console/allowances/" + living).session(login("towna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("申请依据的记录")))
                .andExpect(content().string(containsString("出勤:1/1 次,共 1 天")))
                .andExpect(content().string(containsString("逐次:")));

        // workerB never came: 结业 is refused with the figures; only the county may override, with a reason.
        long absent = enrolments.find(course.getId(), fx.workerB.getId()).getId();
        String result = "/console/training/enrolments/" + absent;
        mvc.perform(post(result + "/result").session(login("trainer")).with(csrf()).param("course", "" + course.getId())
                .param("completed", "true")).andExpect(flash().attribute("error", containsString("出勤 0/1 次(0%)")));
        mvc.perform(post(result + "/override").session(login("trainer")).with(csrf()).param("course", "" + course.getId())
                .param("reason", "学员住院,县局同意按已学课时结业")).andExpect(flash().attribute("error", containsString("县级")));
        mvc.perform(get(page).session(login("trainer"))).andExpect(content().string(not(containsString("破例结业理由"))));
        MockHttpSession county = login("county");
        mvc.perform(get(page).session(county)).andExpect(content().string(containsString("破例结业理由")));
        mvc.perform(post(result + "/override").session(county).with(csrf()).param("course", "" + course.getId())
                .param("reason", "学员住院,县局同意按已学课时结业")).andExpect(flash().attribute("success", containsString("破例")));
        mvc.perform(get(page).session(county)).andExpect(content().string(containsString("破例结业:学员住院")));
        mvc.perform(get("/console/audit").session(county)).andExpect(content().string(containsString("破例结业")));
    }
}
