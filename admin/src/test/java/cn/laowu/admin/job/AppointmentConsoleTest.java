package cn.laowu.admin.job;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationService.Outcome;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.Appointment;
import cn.laowu.core.application.JobApplication;
import cn.laowu.core.application.ScreeningResult;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 资格审查 and 体检 with a time and place: recorded with the move (or later on the application's
 * own page), stored on the application, shown on its row, and queued to the worker in the same
 * transaction; a past time or a missing place is refused and nothing moves or is sent.
 */
class AppointmentConsoleTest extends ConsoleTestSupport {

    private static final String APPID = "wxappoint0000001";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    JobService jobService;
    @Autowired
    ApplicationService applicationService;
    @Autowired
    FollowerService followers;
    @Autowired
    JdbcTemplate jdbc;

    private Job job;
    private long appA;
    private String openidA;
    private LocalDateTime nineNextWeek;

    private long setupNotices;

    @BeforeEach
    void anApplicantInScreening() {
        Actor actor = new Actor(fx.user("towna"), fx.townshipA.getPath(), "127.0.0.1");
        RegionScope scope = RegionScope.of(fx.townshipA);
        Employer employer = jobService.createEmployer(actor, scope,
                new JobService.NewEmployer("体检测试厂" + fx.tag, "广东东莞", null, null));
        jobService.vet(actor, scope, employer.getId(), "已考察");
        job = jobService.publish(actor, scope, jobService.createJob(actor, scope, new JobService.JobDraft(
                employer.getId(), "理货员", "物流", WorkArea.OUT_OF_PROVINCE, "广东东莞", 450_000, 600_000, null, null,
                null, null, null, null, 10, false, null)).getId());
        openidA = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        followers.subscribed(APPID, openidA, null);
        followers.bindWorker(APPID, openidA, fx.workerA.getId());
        Outcome outcome = applicationService.apply(fx.workerA.getId(), job.getId(), "CONSOLE");
        appA = ((Outcome.Applied) outcome).application().getId();
        applicationService.move(actor, scope, job.getId(), List.of(appA), ApplicationStatus.SCREENING, null);
        // The notice of the move into screening is the setup's; each test reads what came after it.
        setupNotices = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM delivery WHERE openid = ?", Long.class, openidA);
        nineNextWeek = LocalDate.now(CHINA).plusDays(7).atTime(9, 0);
    }

    @Test
    void passingScreeningWithATimeAndPlaceStoresShowsAndSendsThem() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(move(a, "MEDICAL", nineNextWeek.toString(), "吉首市人民医院", "身份证").param("ids", String.valueOf(appA)))
                .andExpect(redirectedUrl("/console/jobs/" + job.getId()))
                .andExpect(flash().attribute("success", containsString("时间地点已通知本人")));

        JobApplication stored = applicationService.find(job.getId(), fx.workerA.getId());
        assertThat(stored.getStatus()).isEqualTo(ApplicationStatus.MEDICAL);
        assertThat(stored.getScreeningResult()).isEqualTo(ScreeningResult.PASSED);
        assertThat(stored.getAppointmentAt()).isEqualTo(nineNextWeek);
        assertThat(stored.getAppointmentPlace()).isEqualTo("吉首市人民医院");
        assertThat(stored.getAppointmentBring()).isEqualTo("身份证");

        String when = Appointment.when(nineNextWeek);
        assertThat(when).endsWith("上午9点");
        mvc.perform(get("/console/jobs/" + job.getId()).session(a))
                .andExpect(content().string(containsString("体检:" + when + " · 吉首市人民医院 · 带身份证")))
                .andExpect(content().string(containsString("资格审查通过")))
                .andExpect(content().string(containsString("改时间地点")));

        assertThat(bodies()).singleElement().asString()
                .contains("您报名的「理货员」已通过资格审查")
                .contains("请于 " + when + " 到 吉首市人民医院体检,带身份证");
        assertThat(jdbc.queryForObject("SELECT source FROM delivery WHERE openid = ? AND id > ?", String.class, openidA,
                setupNotices)).isEqualTo("application:" + appA + ":MEDICAL");
    }

    @Test
    void aTimeInThePastOrNoPlaceIsRefusedAndNothingMoves() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(move(a, "MEDICAL", LocalDate.now(CHINA).minusDays(1).atTime(9, 0).toString(), "吉首市人民医院", "身份证")
                        .param("ids", String.valueOf(appA)))
                .andExpect(flash().attribute("error", containsString("已经过去了")));
        mvc.perform(move(a, "MEDICAL", nineNextWeek.toString(), " ", "身份证").param("ids", String.valueOf(appA)))
                .andExpect(flash().attribute("error", containsString("请填写地点")));
        mvc.perform(move(a, "MEDICAL", "下周三", "吉首市人民医院", "").param("ids", String.valueOf(appA)))
                .andExpect(flash().attribute("error", containsString("时间要写成日期和几点")));
        mvc.perform(move(a, "REJECTED", nineNextWeek.toString(), "吉首市人民医院", "").param("ids", String.valueOf(appA))
                        .param("note", "年龄不符"))
                .andExpect(flash().attribute("error", containsString("不用填时间地点")));

        JobApplication unchanged = applicationService.find(job.getId(), fx.workerA.getId());
        assertThat(unchanged.getStatus()).isEqualTo(ApplicationStatus.SCREENING);
        assertThat(unchanged.getAppointmentAt()).isNull();
        assertThat(unchanged.getScreeningResult()).isNull();
        assertThat(bodies()).isEmpty();

        // The page of its own refuses the same, with the reason on the form.
        mvc.perform(schedule(a, appA, LocalDate.now(CHINA).minusDays(1).atTime(9, 0).toString(), "吉首市人民医院", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已经过去了")));
        mvc.perform(schedule(a, appA, nineNextWeek.toString(), "", "身份证"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写地点")));
        assertThat(applicationService.find(job.getId(), fx.workerA.getId()).getAppointmentAt()).isNull();
        assertThat(bodies()).isEmpty();
    }

    @Test
    void aTimeSetOrChangedLaterIsSentOnceEachAndOtherTownshipsCannotTouchIt() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(get("/console/jobs/" + job.getId()).session(a))
                .andExpect(content().string(containsString("安排时间地点")));
        mvc.perform(get("/console/jobs/" + job.getId() + "/applications/" + appA + "/appointment").session(a))
                .andExpect(status().isOk()).andExpect(content().string(containsString("参加资格审查")));

        mvc.perform(schedule(a, appA, nineNextWeek.toString(), "甲镇社会保障站", "身份证、户口本"))
                .andExpect(redirectedUrl("/console/jobs/" + job.getId()))
                .andExpect(flash().attribute("success", containsString("已保存并通知本人")));
        // The same form twice: nothing new, nobody told twice.
        mvc.perform(schedule(a, appA, nineNextWeek.toString(), "甲镇社会保障站", "身份证、户口本"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("没有改动")));
        assertThat(bodies()).singleElement().asString()
                .contains("资格审查安排:请于 " + Appointment.when(nineNextWeek) + " 到 甲镇社会保障站参加资格审查,带身份证、户口本");

        LocalDateTime later = nineNextWeek.plusDays(1).withHour(14).withMinute(30);
        mvc.perform(schedule(a, appA, later.toString(), "甲镇社会保障站", "身份证、户口本"))
                .andExpect(redirectedUrl("/console/jobs/" + job.getId()));
        assertThat(bodies()).hasSize(2).last().asString().contains("时间地点有变").contains("下午2点半");
        assertThat(applicationService.find(job.getId(), fx.workerA.getId()).getAppointmentAt()).isEqualTo(later);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'SCHEDULE' AND entity_id = ?",
                Integer.class, String.valueOf(appA))).isEqualTo(2);

        MockHttpSession b = login("townb");
        mvc.perform(get("/console/jobs/" + job.getId() + "/applications/" + appA + "/appointment").session(b))
                .andExpect(status().isNotFound());
        mvc.perform(schedule(b, appA, nineNextWeek.toString(), "乙镇", "")).andExpect(status().isNotFound());
        mvc.perform(schedule(login("leader"), appA, nineNextWeek.toString(), "领导改的", ""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/jobs/" + job.getId() + "/applications/" + appA + "/appointment").session(a)
                .param("at", nineNextWeek.toString()).param("place", "无令牌")).andExpect(status().isForbidden());
        assertThat(applicationService.find(job.getId(), fx.workerA.getId()).getAppointmentPlace()).isEqualTo("甲镇社会保障站");
        assertThat(bodies()).hasSize(2);

        // 体检 starts without the 资格审查 appointment; 不通过 is recorded as such.
        mvc.perform(move(a, "MEDICAL", "", "", "").param("ids", String.valueOf(appA)));
        JobApplication medical = applicationService.find(job.getId(), fx.workerA.getId());
        assertThat(medical.getAppointmentAt()).isNull();
        assertThat(medical.getAppointmentPlace()).isNull();
        mvc.perform(get("/console/jobs/" + job.getId()).session(a))
                .andExpect(content().string(not(containsString("class=\"appointment\""))));
    }

    @Test
    void failingScreeningIsRecordedWithItsReason() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(move(a, "REJECTED", "", "", "").param("ids", String.valueOf(appA)).param("note", "年龄超过企业要求"))
                .andExpect(flash().attribute("success", containsString("未通过")));
        JobApplication rejected = applicationService.find(job.getId(), fx.workerA.getId());
        assertThat(rejected.getScreeningResult()).isEqualTo(ScreeningResult.FAILED);
        assertThat(rejected.getReason()).isEqualTo("年龄超过企业要求");
        mvc.perform(get("/console/jobs/" + job.getId()).session(a))
                .andExpect(content().string(containsString("资格审查未通过")))
                .andExpect(content().string(containsString("年龄超过企业要求")));
    }

    private List<String> bodies() {
        return jdbc.queryForList("SELECT body FROM delivery WHERE openid = ? AND id > ? ORDER BY id", String.class, openidA,
                setupNotices);
    }

    private MockHttpServletRequestBuilder move(MockHttpSession session, String to, String at, String place, String bring) {
        return post("/console/jobs/" + job.getId() + "/move").session(session).with(csrf()).param("to", to)
                .param("appointmentAt", at).param("appointmentPlace", place).param("appointmentBring", bring);
    }

    private MockHttpServletRequestBuilder schedule(MockHttpSession session, long applicationId, String at, String place,
                                                   String bring) {
        return post("/console/jobs/" + job.getId() + "/applications/" + applicationId + "/appointment").session(session)
                .with(csrf()).param("at", at).param("place", place).param("bring", bring);
    }
}
