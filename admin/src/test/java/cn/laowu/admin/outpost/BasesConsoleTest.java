package cn.laowu.admin.outpost;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.outpost.CooperationBases;
import cn.laowu.core.outpost.NewOutpost;
import cn.laowu.core.outpost.Outpost;
import cn.laowu.core.outpost.OutpostRole;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.worker.WorkArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 合作基地 and 会商 pages through the real security chain: scope, CSRF, audit, bad input refused with a reason. */
class BasesConsoleTest extends ConsoleTestSupport {

    @Autowired
    OutpostService outposts;
    @Autowired
    CooperationBases bases;
    @Autowired
    JobService jobs;
    @Autowired
    ApplicationService applications;
    @Autowired
    DispatchService dispatch;
    @Autowired
    FollowUpService followUps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private Outpost outpost;
    private Actor admin;
    private LocalDate today;

    @BeforeEach
    void anOutpost() {
        admin = new Actor("admin", fx.prefecture.getPath(), null);
        today = ChinaTime.today(clock);
        outpost = outposts.create(admin, RegionScope.of(fx.prefecture), new NewOutpost("驻宁海服务站",
                fx.prefecture.getCode(), "宁海某路", "0574-1", null, null, null, null, List.of("330226")));
    }

    @AfterEach
    void closeIt() {
        outposts.close(admin, RegionScope.of(fx.prefecture), outpost.id());
    }

    @Test
    void aBaseIsMarkedEditedVisitedAndItsLedgerShowsTimeAtTheJobAndInsurance() throws Exception {
        MockHttpSession zhou = login("zhou");
        String employer = "宁海某文具厂" + fx.tag;
        mvc.perform(mark(zhou, employer, "330226", "2026-13-45")).andExpect(status().isForbidden());
        mvc.perform(mark(zhou, employer, "330999", today.toString()).with(csrf()))
                .andExpect(flash().attribute("error", containsString("没有代码为 330999")));
        mvc.perform(mark(zhou, employer, "330226", "2026-13-45").with(csrf()))
                .andExpect(flash().attribute("error", containsString("签订日期格式不对")));
        mvc.perform(mark(zhou, employer, "330226", today.toString()).param("endsOn", today.minusDays(1).toString())
                .with(csrf())).andExpect(flash().attribute("error", containsString("到期日不能早于签订日")));
        assertThat(bases.list(RegionScope.of(fx.prefecture))).isEmpty();

        String location = mvc.perform(mark(zhou, employer, "330226", today.minusMonths(2).toString()).with(csrf()))
                .andExpect(redirectedUrlPattern("/console/bases/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location).session(zhou).with(csrf()).param("employerName", employer).param("divisionCode", "330226")
                        .param("signedOn", today.minusMonths(2).toString()).param("terms", "每年接收50人,月薪不低于5000元")
                        .param("outpostId", String.valueOf(outpost.id())))
                .andExpect(flash().attribute("success", containsString("协议已更新")));
        assertThat(bases.get(RegionScope.of(fx.prefecture), id).terms()).isEqualTo("每年接收50人,月薪不低于5000元");
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE entity_type = 'cooperation_base' AND entity_id = ? "
                + "ORDER BY id", String.class, id)).containsExactly("CREATE", "UPDATE");

        // 专项台账: a 建档立卡 worker placed there, followed up at one month.
        long applicationId = placed(employer, "宁海");
        jdbc.update("UPDATE follow_up SET due_on = due_on - INTERVAL 1 MONTH WHERE application_id = ?", applicationId);
        followUps.record(admin, RegionScope.of(fx.prefecture), followUps.ofApplication(applicationId).get(0).getId(),
                new FollowUpService.Answer(true, null, Satisfaction.SATISFIED, null, null, 24));
        String page = mvc.perform(get(location).session(zhou)).andExpect(status().isOk())
                .andExpect(content().string(containsString("ledger-" + fx.workerA.getId())))
                .andExpect(content().string(containsString("五险一金")))
                .andExpect(content().string(containsString("1个月回访在岗")))
                .andExpect(content().string(containsString("24 个月")))
                .andExpect(content().string(containsString(fx.workerA.getIdNumberMasked())))
                .andExpect(content().string(not(containsString("ledger-" + fx.workerB.getId()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("no full ID number").doesNotContainPattern("\\d{17}[\\dX]");

        mvc.perform(post(location + "/visits").session(zhou).with(csrf()).param("visitedOn", today.plusDays(1).toString())
                .param("visitors", "张三").param("workersMet", "3"))
                .andExpect(flash().attribute("error", containsString("不能晚于今天")));
        mvc.perform(post(location + "/visits").session(zhou).with(csrf()).param("visitedOn", today.toString())
                .param("visitors", "张三").param("workersMet", "三个")).andExpect(flash().attribute("error", containsString("要填数字")));
        mvc.perform(post(location + "/visits").session(zhou).with(csrf()).param("visitedOn", today.toString())
                        .param("visitors", "张三、李四").param("workersMet", "6").param("problems", "宿舍太挤"))
                .andExpect(flash().attribute("success", containsString("走访已记录")));
        mvc.perform(get(location).session(zhou)).andExpect(content().string(containsString("宿舍太挤")));

        // Scope and roles: the county below sees none of the 州's bases; a township none at all; a leader reads only.
        mvc.perform(get(location).session(login("county"))).andExpect(status().isNotFound());
        mvc.perform(get("/console/bases").session(login("towna"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/bases").session(login("leader"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(employer)))
                .andExpect(content().string(not(containsString("设为劳务合作基地"))));
        mvc.perform(post(location + "/visits").session(login("leader")).with(csrf()).param("visitedOn", today.toString())
                .param("visitors", "王").param("workersMet", "1")).andExpect(status().isForbidden());

        // The outpost the base was given to sees it on its desk and logs its own visit.
        staff.bootstrap(fx.user("outpost"), "驻外员", StaffRole.OUTPOST_STAFF, fx.prefecture.getCode(),
                ConsoleFixture.PASSWORD, false);
        jdbc.update("INSERT INTO outpost_staff (staff_account_id, outpost_id, role) VALUES (?, ?, ?)",
                staff.findByUsername(fx.user("outpost")).orElseThrow().getId(), outpost.id(), OutpostRole.STAFF.name());
        MockHttpSession desk = login("outpost");
        mvc.perform(get("/console/bases").session(desk)).andExpect(status().isForbidden());
        mvc.perform(post("/console/outpost/bases/" + id + "/visits").session(desk).with(csrf())
                        .param("visitedOn", today.toString()).param("visitors", "驻外员").param("workersMet", "4")
                        .param("problems", "加班费没算清"))
                .andExpect(flash().attribute("success", containsString("走访已记录")));
        mvc.perform(get("/console/outpost/bases").session(desk)).andExpect(content().string(containsString("加班费没算清")));
        assertThat(bases.visits(RegionScope.of(fx.prefecture), id)).hasSize(2);
    }

    @Test
    void consultationsAreRecordedWithFollowUpsThatAreMarkedDoneOnce() throws Exception {
        MockHttpSession zhou = login("zhou");
        mvc.perform(consult(zhou, today.toString(), "建立通报群", "王干事", today.plusDays(14).toString()))
                .andExpect(status().isForbidden());
        mvc.perform(consult(zhou, today.plusDays(1).toString(), "建立通报群", "王干事", today.plusDays(14).toString())
                .with(csrf())).andExpect(flash().attribute("error", containsString("不能晚于今天")));
        mvc.perform(consult(zhou, today.toString(), "建立通报群", "", today.plusDays(14).toString()).with(csrf()))
                .andExpect(flash().attribute("error", containsString("责任人")));
        mvc.perform(consult(zhou, today.toString(), "建立通报群", "王干事", "下个月").with(csrf()))
                .andExpect(flash().attribute("error", containsString("第1项跟进的完成日期格式不对")));
        String counterpart = "宁波市人社局" + fx.tag;
        assertThat(count(counterpart)).isZero();

        mvc.perform(consult(zhou, today.toString(), "建立通报群", "王干事", today.plusDays(14).toString()).with(csrf())
                .param("counterpart", counterpart).with(r -> {
                    r.setParameter("counterpart", counterpart);
                    return r;
                })).andExpect(flash().attribute("success", containsString("会商已记录")));
        long consultation = jdbc.queryForObject("SELECT id FROM consultation WHERE counterpart = ?", Long.class, counterpart);
        long task = jdbc.queryForObject("SELECT id FROM consultation_follow_up WHERE consultation_id = ?", Long.class, consultation);
        mvc.perform(get("/console/consultations").session(zhou)).andExpect(content().string(containsString(counterpart)))
                .andExpect(content().string(containsString("王干事")));

        mvc.perform(post("/console/consultations/follow-ups/" + task + "/done").session(login("county")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("不在本辖区")));
        mvc.perform(post("/console/consultations/follow-ups/" + task + "/done").session(zhou).with(csrf()))
                .andExpect(flash().attribute("success", containsString("已标为完成")));
        mvc.perform(post("/console/consultations/follow-ups/" + task + "/done").session(zhou).with(csrf()))
                .andExpect(flash().attribute("error", containsString("已经标为完成")));
        mvc.perform(get("/console/consultations").session(zhou)).andExpect(content().string(containsString("已完成")));
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE entity_type IN ('consultation', "
                + "'consultation_follow_up') AND entity_id IN (?, ?) ORDER BY id", String.class, consultation, task))
                .containsExactly("CREATE", "DONE");
        mvc.perform(get("/console/consultations").session(login("towna"))).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder mark(MockHttpSession session,
            String employer, String code, String signedOn) {
        return post("/console/bases").session(session).param("employerName", employer).param("divisionCode", code)
                .param("signedOn", signedOn).param("terms", "每年接收30人").param("signedAtPlace", "宁海");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder consult(MockHttpSession session,
            String heldOn, String task, String owner, String dueOn) {
        return post("/console/consultations").session(session).param("heldOn", heldOn)
                .param("counterpart", "宁波市人社局").param("attendees", "州人社局、宁波市人社局")
                .param("issues", "欠薪线索互通").param("task", task, "", "").param("owner", owner, "", "")
                .param("dueOn", dueOn, "", "");
    }

    private long count(String counterpart) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consultation WHERE counterpart = ?", Long.class, counterpart);
    }

    /** fx.workerA (建档立卡) placed at this employer through the pipeline; the application's id. */
    private long placed(String employerName, String place) {
        RegionScope scope = RegionScope.of(fx.prefecture);
        var employer = jobs.vet(admin, scope, jobs.createEmployer(admin, scope,
                new JobService.NewEmployer(employerName, place, null, null)).getId(), "已考察");
        Job job = jobs.publish(admin, scope, jobs.createJob(admin, scope, new JobService.JobDraft(employer.getId(),
                "装配工", "文具", WorkArea.OUT_OF_PROVINCE, "宁波宁海", 450_000, 550_000, null, null, "五险一金", null, null,
                null, 10, false, null)).getId());
        long id = ((ApplicationService.Outcome.Applied) applications.apply(fx.workerA.getId(), job.getId(), "WECHAT"))
                .application().getId();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applications.move(admin, scope, job.getId(), List.of(id), step, null);
        }
        DispatchBatch batch = dispatch.create(admin, scope, job.getId(), new DispatchService.NewBatch(today, "人社局门口",
                "张干事", "浙江宁波"));
        dispatch.dispatch(admin, scope, job.getId(), List.of(id), batch.getId());
        applications.move(admin, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
        return id;
    }
}
