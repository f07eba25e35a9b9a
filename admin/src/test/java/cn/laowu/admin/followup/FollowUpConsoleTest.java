package cn.laowu.admin.followup;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationService.Outcome;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

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

/** 跟踪回访 through HTTP: the queue of due and overdue follow-ups, recording a call, roles and scope. */
class FollowUpConsoleTest extends ConsoleTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    JobService jobService;
    @Autowired
    ApplicationService applicationService;
    @Autowired
    DispatchService dispatchService;
    @Autowired
    FollowUpService followUpService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theQueueListsOverdueFollowUpsOfTheScopeOnly() throws Exception {
        long ours = placedTwoMonthsAgo(fx, fx.workerA.getId(), "回访岗位");
        FollowUp first = followUpService.ofApplication(ours).get(0);
        FollowUp third = followUpService.ofApplication(ours).get(1);
        long days = ChronoUnit.DAYS.between(first.getDueOn(), TODAY);
        assertThat(days).isPositive();
        ConsoleFixture elsewhere = new ConsoleFixture(regions, staff, workers);
        FollowUp theirs = followUpService.ofApplication(placedTwoMonthsAgo(elsewhere, elsewhere.workerA.getId(), "外县岗位"))
                .get(0);
        jdbc.update("UPDATE follow_up SET reminded_at = UTC_TIMESTAMP(), reminder_delivered = 1 WHERE id = ?", first.getId());
        FollowUp unreachable = followUpService.ofApplication(placedTwoMonthsAgo(fx, workers.register(
                new cn.laowu.core.worker.NewWorker("丙某", ConsoleFixture.randomId(), null, fx.villageA.getCode(), false))
                .getId(), "回访岗位二")).get(0);
        jdbc.update("UPDATE follow_up SET reminded_at = UTC_TIMESTAMP(), reminder_delivered = 0 WHERE id = ?", unreachable.getId());

        MockHttpSession county = login("county");
        mvc.perform(get("/console").session(county))
                .andExpect(content().string(containsString("href=\"/console/follow-ups\"")));
        mvc.perform(get("/console/follow-ups").session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"follow-up-" + first.getId() + "\"")))
                .andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(containsString(fx.villageA.getName())))
                .andExpect(content().string(containsString("回访岗位")))
                .andExpect(content().string(containsString("回访测试企业" + fx.tag)))
                .andExpect(content().string(containsString("第1个月")))
                .andExpect(content().string(containsString("已逾期 " + days + " 天")))
                .andExpect(content().string(containsString(">已提醒</span>")))
                .andExpect(content().string(containsString("id=\"follow-up-" + unreachable.getId() + "\"")))
                .andExpect(content().string(containsString("没能提醒,请打电话")))
                .andExpect(content().string(containsString("href=\"/console/follow-ups/" + first.getId() + "\">记录</a>")))
                .andExpect(content().string(not(containsString("follow-up-" + third.getId() + "\""))))
                .andExpect(content().string(not(containsString("follow-up-" + theirs.getId() + "\""))))
                .andExpect(content().string(not(containsString("外县岗位"))));
        // Worker A lives in township A: township B has nobody to call.
        mvc.perform(get("/console/follow-ups").session(login("townb"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("没有要回访的人员")))
                .andExpect(content().string(not(containsString("follow-up-" + first.getId() + "\""))));
        mvc.perform(get("/console/follow-ups/" + theirs.getId()).session(county)).andExpect(status().isNotFound());
    }

    @Test
    void aCallIsRecordedThroughTheFormAndOnlyOnce() throws Exception {
        MockHttpSession a = login("towna");
        long app = placedTwoMonthsAgo(fx, fx.workerA.getId(), "记录岗位");
        FollowUp first = followUpService.ofApplication(app).get(0);
        String page = "/console/follow-ups/" + first.getId();
        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"record-form\"")))
                .andExpect(content().string(containsString("还在这家单位吗")))
                .andExpect(content().string(containsString(fx.workerA.getIdNumberMasked())));

        // A wrong number comes back with the reason and everything that was typed.
        mvc.perform(record(a, first, "true", "四千", "FAIR", "加班多"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("月工资要填数字")))
                .andExpect(content().string(containsString("value=\"四千\"")))
                .andExpect(content().string(containsString("value=\"FAIR\" selected")))
                .andExpect(content().string(containsString(">加班多</textarea>")));
        mvc.perform(record(a, first, "true", "5200", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择满意程度")));
        mvc.perform(record(a, first, null, "5200", "SATISFIED", ""))
                .andExpect(content().string(containsString("请选择本人还在不在这家单位")));
        mvc.perform(record(a, first, "true", "5200", "很好", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("有些内容填得不对")));
        mvc.perform(record(a, first, "true", "5200", "SATISFIED", "").param("contractMonths", "一年"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("合同期限填月数")));
        mvc.perform(record(a, first, "true", "5200", "SATISFIED", "").param("contractMonths", "500"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("合同期限填月数")));
        assertThat(followUpService.ofApplication(app).get(0).getRecordedAt()).isNull();

        mvc.perform(record(a, first, "true", "5200.5", "SATISFIED", "按时发工资").param("contractMonths", "12"))
                .andExpect(redirectedUrl("/console/follow-ups"))
                .andExpect(flash().attribute("success", "已记录 甲某 的第1个月回访。"));
        FollowUp recorded = followUpService.ofApplication(app).get(0);
        assertThat(recorded.getRecordedAt()).isNotNull();
        assertThat(recorded.getRecordedBy()).isEqualTo(fx.user("towna"));
        assertThat(recorded.getStillEmployed()).isTrue();
        assertThat(recorded.getMonthlyWageFen()).isEqualTo(520_050L);
        assertThat(recorded.getSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(recorded.getNote()).isEqualTo("按时发工资");
        assertThat(recorded.getContractMonths()).isEqualTo(12);
        assertThat(applicationService.find(jobOf(app), fx.workerA.getId()).getStatus())
                .isEqualTo(ApplicationStatus.FOLLOW_UP);

        mvc.perform(get("/console/follow-ups").session(a))
                .andExpect(content().string(not(containsString("follow-up-" + first.getId() + "\""))));
        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("5200.50")))
                .andExpect(content().string(not(containsString("record-form"))));
        mvc.perform(record(a, first, "false", "", "", "又打了一次"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这次回访已经记录过了")));
        assertThat(followUpService.ofApplication(app).get(0).getStillEmployed()).isTrue();
        mvc.perform(get("/console/jobs/" + jobOf(app)).session(a))
                .andExpect(content().string(containsString(">1✓</span>")))
                .andExpect(content().string(containsString(">3·</span>")));
    }

    @Test
    void aWorkerWhoLeftIsRecordedWithAHintToCloseTheApplication() throws Exception {
        long app = placedTwoMonthsAgo(fx, fx.workerA.getId(), "离职岗位");
        FollowUp first = followUpService.ofApplication(app).get(0);
        // The village clerk knows the family; closing the application is for whoever manages jobs.
        mvc.perform(record(login("village"), first, "false", "不清楚", "", "回家带孩子了"))
                .andExpect(redirectedUrl("/console/follow-ups"))
                .andExpect(flash().attribute("success", containsString("已记录 甲某 的第1个月回访。")))
                .andExpect(flash().attribute("success", containsString("办理为「已放弃」")));
        FollowUp recorded = followUpService.ofApplication(app).get(0);
        assertThat(recorded.getStillEmployed()).isFalse();
        assertThat(recorded.getMonthlyWageFen()).isNull();
        assertThat(recorded.getRecordedBy()).isEqualTo(fx.user("village"));
    }

    @Test
    void theLeaderViewsButCannotRecordAndAFormWithoutTheCsrfTokenIsRefused() throws Exception {
        long app = placedTwoMonthsAgo(fx, fx.workerA.getId(), "只读回访岗位");
        FollowUp first = followUpService.ofApplication(app).get(0);
        String page = "/console/follow-ups/" + first.getId();

        MockHttpSession leader = login("leader");
        mvc.perform(get("/console/follow-ups").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + page + "\">查看</a>")))
                .andExpect(content().string(not(containsString(">记录</a>"))));
        mvc.perform(get(page).session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(not(containsString("record-form"))));
        mvc.perform(record(leader, first, "true", "5000", "SATISFIED", "")).andExpect(status().isForbidden());
        mvc.perform(post(page).session(login("towna")).param("stillEmployed", "true").param("satisfaction", "SATISFIED"))
                .andExpect(status().isForbidden());
        mvc.perform(record(login("townb"), first, "true", "5000", "SATISFIED", "")).andExpect(status().isNotFound());
        assertThat(followUpService.ofApplication(app).get(0).getRecordedAt()).isNull();

        MockHttpSession trainer = login("trainer");
        mvc.perform(get("/console").session(trainer))
                .andExpect(content().string(not(containsString("href=\"/console/follow-ups\""))));
        mvc.perform(get("/console/follow-ups").session(trainer)).andExpect(status().isForbidden());
    }

    // --- helpers ---------------------------------------------------------------------------

    /**
     * A worker placed by township A's office of the given fixture, two months ago: the 1-month
     * follow-up is about a month overdue, the 3-month one a month ahead.
     */
    private long placedTwoMonthsAgo(ConsoleFixture f, long workerId, String title) {
        Region township = f.townshipA;
        Actor actor = new Actor(f.user("towna"), township.getPath(), "127.0.0.1");
        RegionScope scope = RegionScope.of(township);
        Employer employer = jobService.createEmployer(actor, scope,
                new JobService.NewEmployer("回访测试企业" + f.tag, "浙江宁波", null, null));
        jobService.vet(actor, scope, employer.getId(), "已考察");
        Job job = jobService.publish(actor, scope, jobService.createJob(actor, scope, new JobService.JobDraft(
                employer.getId(), title, "电子制造", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 450_000, 600_000, null,
                null, null, null, null, null, 10, false, null)).getId());
        Outcome outcome = applicationService.apply(workerId, job.getId(), "CONSOLE");
        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
        long id = ((Outcome.Applied) outcome).application().getId();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applicationService.move(actor, scope, job.getId(), List.of(id), step, null);
        }
        DispatchBatch batch = dispatchService.create(actor, scope, job.getId(),
                new DispatchService.NewBatch(TODAY, "人社局门口", "张干事", "浙江宁波"));
        dispatchService.dispatch(actor, scope, job.getId(), List.of(id), batch.getId());
        applicationService.move(actor, scope, job.getId(), List.of(id), ApplicationStatus.PLACED, null);
        jdbc.update("UPDATE job_application SET placed_at = placed_at - INTERVAL 2 MONTH WHERE id = ?", id);
        jdbc.update("UPDATE follow_up SET due_on = due_on - INTERVAL 2 MONTH WHERE application_id = ?", id);
        return id;
    }

    private long jobOf(long applicationId) {
        return jdbc.queryForObject("SELECT job_id FROM job_application WHERE id = ?", Long.class, applicationId);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder record(
            MockHttpSession session, FollowUp followUp, String stillEmployed, String wageYuan, String satisfaction,
            String note) {
        var request = post("/console/follow-ups/" + followUp.getId()).session(session).with(csrf())
                .param("wageYuan", wageYuan).param("satisfaction", satisfaction).param("note", note);
        return stillEmployed == null ? request : request.param("stillEmployed", stillEmployed);
    }
}
