package cn.laowu.admin.complaint;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.Conclusion;
import cn.laowu.core.calendar.WorkCalendar;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.complaint.ComplaintOffice;
import cn.laowu.core.complaint.ComplaintQueue;
import cn.laowu.core.complaint.ComplaintStatus;
import cn.laowu.core.complaint.HelpDesk;
import cn.laowu.core.complaint.HelpThread;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.time.LocalDate;
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

/** The complaints queue through HTTP: scope, roles, CSRF, answers reaching the worker, conclusions, clearing. */
class ComplaintConsoleTest extends ConsoleTestSupport {

    private static final String APPID = "wxtest0000000001";

    @Autowired
    ComplaintFiling filing;
    @Autowired
    ComplaintQueue caseQueue;
    @Autowired
    ComplaintOffice officeWork;
    @Autowired
    FollowerService followers;
    @Autowired
    JobService jobs;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HelpDesk helpDesk;

    @Test
    void aTownshipSeesAndAnswersItsCasesOnlyAndEveryAnswerGoesToTheWorker() throws Exception {
        Complaint c = fileForWorkerA("甲镇某厂" + fx.tag);
        String url = "/console/complaints/" + c.getId();
        MockHttpSession a = login("towna");
        MockHttpSession b = login("townb");

        mvc.perform(get("/console/complaints").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString(c.getCaseNo())))
                .andExpect(content().string(containsString("受理 剩")));
        mvc.perform(get("/console/complaints").session(b)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(c.getCaseNo()))));
        mvc.perform(get(url).session(b)).andExpect(status().isNotFound());
        mvc.perform(get("/console/complaints").session(login("county")))
                .andExpect(content().string(containsString(c.getCaseNo())));
        mvc.perform(get("/console/complaints").session(login("village"))).andExpect(status().isForbidden());
        mvc.perform(get(url).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲镇某厂" + fx.tag)))
                .andExpect(content().string(containsString("法定上限")))
                .andExpect(content().string(containsString("最后期限,当天有效:受理 <span>"
                        + cn.laowu.core.complaint.DueText.of(c.getAcceptDue()) + "</span>")))
                .andExpect(content().string(not(containsString(ComplaintController.time(c.getAcceptDue())))));

        int historyBefore = history(c);
        mvc.perform(post(url + "/answer").session(a).param("text", "没带令牌")).andExpect(status().isForbidden());
        mvc.perform(post(url + "/answer").session(b).with(csrf()).param("text", "乙镇越权")).andExpect(status().isNotFound());
        mvc.perform(post(url + "/answer").session(login("leader")).with(csrf()).param("text", "只读"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/answer").session(a).with(csrf()).param("text", "  "))
                .andExpect(redirectedUrl(url)).andExpect(flash().attribute("error", containsString("答复内容")));
        assertThat(history(c)).isEqualTo(historyBefore);
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.NEW);

        mvc.perform(post(url + "/answer").session(a).with(csrf()).param("text", "已约老板周一谈"))
                .andExpect(redirectedUrl(url)).andExpect(flash().attribute("success", containsString("答复")));
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(delivered(c, "answer:%")).contains("已约老板周一谈");
        assertThat(delivered(c, "accepted")).contains("已受理");

        mvc.perform(post(url + "/conclude").session(a).with(csrf()).param("conclusion", "WAGES_RECOVERED")
                        .param("recovered", "三千"))
                .andExpect(flash().attribute("error", containsString("整数")));
        mvc.perform(post(url + "/conclude").session(a).with(csrf()).param("conclusion", "NO_SUCH"))
                .andExpect(flash().attribute("error", containsString("办结结果")));
        assertThat(caseQueue.get(c.getId()).getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        mvc.perform(post(url + "/conclude").session(a).with(csrf()).param("conclusion", "WAGES_RECOVERED")
                        .param("text", "老板已付清").param("recovered", "3000").param("helped", "2"))
                .andExpect(flash().attribute("success", containsString("已办结")));
        Complaint done = caseQueue.get(c.getId());
        assertThat(done.getStatus()).isEqualTo(ComplaintStatus.CONCLUDED);
        assertThat(done.getRecoveredFen()).isEqualTo(300_000L);
        assertThat(delivered(c, "concluded:%")).contains("已追回", "3000元");
        mvc.perform(get(url).session(a)).andExpect(content().string(containsString("投诉人可见")))
                .andExpect(content().string(containsString("已追回工资")));
    }

    @Test
    void aCaseIsAssignedOnlyToAColleagueWhoMayHandleItChosenFromTheList() throws Exception {
        Complaint c = fileForWorkerA("指派厂" + fx.tag);
        String url = "/console/complaints/" + c.getId();
        MockHttpSession county = login("county");
        ConsoleFixture elsewhere = new ConsoleFixture(regions, staff, workers);
        mvc.perform(get(url).session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + fx.user("towna") + "\"")))
                .andExpect(content().string(not(containsString("value=\"" + fx.user("townb") + "\""))))
                .andExpect(content().string(not(containsString("value=\"" + fx.user("trainer") + "\""))));
        int historyBefore = history(c);
        for (String wrong : List.of("nobody_" + fx.tag, elsewhere.user("county"), fx.user("trainer"), fx.user("townb"),
                fx.user("village"))) {
            mvc.perform(post(url + "/assign").session(county).with(csrf()).param("username", wrong))
                    .andExpect(redirectedUrl(url)).andExpect(flash().attribute("error", containsString("从列表里选")));
        }
        assertThat(caseQueue.get(c.getId()).getAssignee()).as("nothing changed").isNull();
        assertThat(history(c)).isEqualTo(historyBefore);

        mvc.perform(post(url + "/assign").session(county).with(csrf()).param("username", fx.user("towna")))
                .andExpect(flash().attribute("success", containsString("已指派")));
        assertThat(caseQueue.get(c.getId()).getAssignee()).isEqualTo(fx.user("towna"));
    }

    @Test
    void transferAndNoteAreRecordedAndAnotherTownshipGetsTheCase() throws Exception {
        Complaint c = fileForWorkerA("转办厂" + fx.tag);
        String url = "/console/complaints/" + c.getId();
        MockHttpSession a = login("towna");
        mvc.perform(post(url + "/transfer").session(a).with(csrf()).param("regionCode", fx.townshipB.getCode()).param("reason", ""))
                .andExpect(flash().attribute("error", containsString("转办原因")));
        mvc.perform(get(url).session(a)).andExpect(content().string(containsString(fx.townshipB.getName())))
                .andExpect(content().string(not(containsString("value=\"" + fx.villageA.getCode() + "\""))));
        mvc.perform(post(url + "/transfer").session(a).with(csrf()).param("regionCode", fx.villageA.getCode())
                        .param("reason", "村里熟悉"))
                .andExpect(flash().attribute("error", containsString("不办理投诉")));
        assertThat(caseQueue.get(c.getId()).getOwnerRegionCode()).as("unchanged").isEqualTo(fx.townshipA.getCode());
        mvc.perform(post(url + "/note").session(a).with(csrf()).param("text", "老板在乙镇开厂"))
                .andExpect(flash().attribute("success", containsString("备注")));
        mvc.perform(post(url + "/transfer").session(a).with(csrf()).param("regionCode", fx.townshipB.getCode())
                        .param("reason", "厂在乙镇"))
                .andExpect(flash().attribute("success", containsString("转办")));
        assertThat(caseQueue.get(c.getId()).getOwnerRegionCode()).isEqualTo(fx.townshipB.getCode());
        mvc.perform(get(url).session(login("townb"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("老板在乙镇开厂")));
    }

    @Test
    void onlyACountyAdminClearsAnEmployerHeldByWageComplaints() throws Exception {
        Actor clerk = new Actor("clerk", fx.county.getPath(), null);
        RegionScope county = RegionScope.of(fx.county);
        Employer employer = jobs.vet(clerk, county, jobs.createEmployer(clerk, county,
                new JobService.NewEmployer("东莞宏发" + fx.tag + "有限公司", "广东东莞", null, null)).getId(), "已考察");
        Complaint c = fileForWorkerA("宏发" + fx.tag);
        assertThat(c.getEmployerId()).isEqualTo(employer.getId());
        String clear = "/console/complaints/employers/" + employer.getId() + "/clear";
        mvc.perform(get("/console/complaints/" + c.getId()).session(login("county")))
                .andExpect(content().string(containsString("暂停发布新岗位")));
        mvc.perform(post(clear).session(login("towna")).with(csrf()).param("complaintId", "" + c.getId())
                .param("reason", "我来放行")).andExpect(status().isForbidden());
        MockHttpSession admin = login("county");
        mvc.perform(post(clear).session(admin).with(csrf()).param("complaintId", "" + c.getId()).param("reason", " "))
                .andExpect(flash().attribute("error", containsString("放行理由")));
        mvc.perform(post(clear).session(admin).with(csrf()).param("complaintId", "" + c.getId()).param("reason", "已核实"))
                .andExpect(flash().attribute("success", containsString("已放行")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint_employer_clearance WHERE employer_id = ?",
                Long.class, employer.getId())).isEqualTo(1);
    }

    @Test
    void theCalendarIsKeptByThePrefectureOnly() throws Exception {
        LocalDate day = LocalDate.of(2035, 1, 2 + (int) (Math.random() * 20));
        mvc.perform(post("/console/complaints/calendar").session(login("county")).with(csrf())
                .param("day", day.toString()).param("kind", "holiday").param("note", "测试")).andExpect(status().isForbidden());
        MockHttpSession zhou = login("zhou");
        mvc.perform(post("/console/complaints/calendar").session(zhou).with(csrf()).param("day", "明天").param("kind", "holiday"))
                .andExpect(flash().attribute("error", containsString("日期格式")));
        mvc.perform(post("/console/complaints/calendar").session(zhou).with(csrf()).param("day", day.toString())
                .param("kind", "holiday").param("note", "测试假日")).andExpect(flash().attribute("success", containsString("放假")));
        calendar.forget();
        assertThat(calendar.isWorkingDay(day) && day.getDayOfWeek().getValue() < 6).isFalse();
        mvc.perform(get("/console/complaints/calendar").session(zhou).param("year", "2035"))
                .andExpect(content().string(containsString("测试假日")));
        mvc.perform(post("/console/complaints/calendar").session(zhou).with(csrf()).param("day", day.toString())
                .param("kind", "clear")).andExpect(flash().attribute("success", containsString("平常")));
        mvc.perform(get("/console/complaints/calendar").session(zhou).param("year", "2026"))
                .andExpect(content().string(containsString("2026-02-14"))).andExpect(content().string(containsString("春节调休上班")));
    }

    @Test
    void theInboxShowsATownshipItsOwnPeopleAndRepliesGoThroughTheOutbox() throws Exception {
        String openid = "oh" + UUID.randomUUID().toString().substring(0, 20);
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, fx.workerA.getId());
        helpDesk.fromWorker(APPID, openid, fx.county.getCode(), "请问社保怎么转");
        HelpThread thread = helpDesk.inbox(RegionScope.of(fx.townshipA)).stream()
                .filter(t -> t.getOpenid().equals(openid)).findFirst().orElseThrow();
        String url = "/console/complaints/inbox/" + thread.getId();
        MockHttpSession a = login("towna");
        mvc.perform(get("/console/complaints/inbox").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("待回复")));
        mvc.perform(get(url).session(login("townb"))).andExpect(status().isNotFound());
        mvc.perform(get(url).session(a)).andExpect(content().string(containsString("请问社保怎么转")));
        mvc.perform(post(url + "/reply").session(a).param("text", "无令牌")).andExpect(status().isForbidden());
        mvc.perform(post(url + "/reply").session(login("leader")).with(csrf()).param("text", "只读")).andExpect(status().isForbidden());
        mvc.perform(post(url + "/reply").session(a).with(csrf()).param("text", " "))
                .andExpect(flash().attribute("error", containsString("回复内容")));
        assertThat(helpDesk.messages(RegionScope.of(fx.townshipA), thread.getId())).hasSize(1);
        mvc.perform(post(url + "/reply").session(a).with(csrf()).param("text", "带身份证来镇上办"))
                .andExpect(redirectedUrl(url));
        assertThat(jdbc.queryForList("SELECT body FROM delivery WHERE openid = ? AND source LIKE 'help:%'", String.class, openid))
                .singleElement().asString().contains("带身份证来镇上办");
    }

    @Test
    void theThreadShowsWhoItIsWithTheirOpenCasesOneClickAway() throws Exception {
        Complaint c = fileForWorkerA("某厂" + fx.tag);
        helpDesk.fromWorker(APPID, c.getOpenid(), fx.county.getCode(), "我的投诉怎么样了");
        HelpThread thread = helpDesk.inbox(RegionScope.of(fx.townshipA)).stream()
                .filter(t -> t.getOpenid().equals(c.getOpenid())).findFirst().orElseThrow();
        String url = "/console/complaints/inbox/" + thread.getId();
        mvc.perform(get("/console/complaints/inbox").session(login("towna")))
                .andExpect(content().string(containsString(">甲某</a>")));
        mvc.perform(get(url).session(login("towna")))
                .andExpect(content().string(containsString("<h1 class=\"h4\">甲某</h1>")))
                .andExpect(content().string(containsString("138****0001")))
                .andExpect(content().string(containsString("href=\"/console/workers/" + fx.workerA.getId() + "\"")))
                .andExpect(content().string(containsString("href=\"/console/complaints/" + c.getId() + "\"")))
                .andExpect(content().string(containsString(c.getCaseNo())))
                .andExpect(content().string(not(containsString("13800000001"))));
    }

    @Test
    void theCaseFilePrintsTheWholeHistoryOnA4InScopeAndAudited() throws Exception {
        Complaint c = fileForWorkerA("档案厂" + fx.tag);
        RegionScope scope = RegionScope.of(fx.townshipA);
        Actor clerk = new Actor(fx.user("towna"), fx.townshipA.getPath(), null);
        officeWork.answer(clerk, scope, c.getId(), "已联系老板,约好下周付清");
        officeWork.conclude(clerk, scope, c.getId(), new ComplaintOffice.Outcome(Conclusion.WAGES_RECOVERED,
                "老板已付清五千元", 5000L, 2));
        String file = "/console/complaints/" + c.getId() + "/file";
        mvc.perform(get("/console/complaints/" + c.getId()).session(login("towna")))
                .andExpect(content().string(containsString("href=\"" + file + "\"")));
        mvc.perform(get(file).session(login("towna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("劳动者投诉办理档案")))
                .andExpect(content().string(containsString("size: A4")))
                .andExpect(content().string(containsString(c.getCaseNo())))
                .andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(containsString("已联系老板,约好下周付清")))
                .andExpect(content().string(containsString("老板已付清五千元")))
                .andExpect(content().string(containsString("已追回工资")))
                .andExpect(content().string(not(containsString("13800000001"))));
        mvc.perform(get(file).session(login("townb"))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'VIEW_CASE_FILE' AND entity_id = ?",
                Integer.class, String.valueOf(c.getId()))).isEqualTo(1);
    }

    private Complaint fileForWorkerA(String employer) {
        String openid = "oa" + UUID.randomUUID().toString().substring(0, 20);
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, fx.workerA.getId());
        return filing.file(new ComplaintFiling.Complainant(APPID, openid, fx.workerA.getId()),
                new ComplaintFiling.NewComplaint(ComplaintKind.WAGE, null, null, employer, "广东东莞", "去年", 5000L, 2,
                        "没发工资", List.of(), null)).complaint();
    }

    private int history(Complaint c) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint_history WHERE complaint_id = ?", Integer.class, c.getId());
    }

    private String delivered(Complaint c, String what) {
        return String.join("\n", jdbc.queryForList("SELECT body FROM delivery WHERE source LIKE ?", String.class,
                "complaint:" + c.getId() + ":" + what));
    }
}
