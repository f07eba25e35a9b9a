package cn.laowu.admin.job;

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
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.job.JobStatus;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDate;
import java.time.ZoneId;
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

/** 集中输送 batches, dispatching into them, the batch page's group move, and 延期 of an expired job, through HTTP. */
class DispatchConsoleTest extends ConsoleTestSupport {

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
    @Autowired
    cn.laowu.core.follower.FollowerService followers;
    @Autowired
    ComplaintFiling filing;

    @Test
    void aBatchIsCreatedThroughTheFormAndBadInputCreatesNothing() throws Exception {
        MockHttpSession a = login("towna");
        Job job = publishedJob("输送岗位");
        String page = "/console/jobs/" + job.getId();
        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有输送批次")))
                .andExpect(content().string(containsString("action=\"" + page + "/batches\"")));

        MvcResult refused = mvc.perform(batchForm(a, job, TODAY.minusDays(1).toString(), "张干事 13900001111"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", containsString("出发日期不能早于今天")))
                .andReturn();
        // The page it lands on shows the reason and keeps what was typed.
        mvc.perform(get(page).session(a).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("出发日期不能早于今天")))
                .andExpect(content().string(containsString("value=\"吉首市人社局门口\"")));
        mvc.perform(batchForm(a, job, "下周一", "张干事"))
                .andExpect(flash().attribute("error", containsString("出发日期要填日期")));
        mvc.perform(batchForm(a, job, TODAY.plusDays(3).toString(), "  "))
                .andExpect(flash().attribute("error", containsString("请填写带队人员")));
        mvc.perform(batchForm(a, job, TODAY.plusDays(3).toString(), "张".repeat(33)))
                .andExpect(flash().attribute("error", containsString("最多32个字")));
        assertThat(dispatchService.forJob(scopeA(), job.getId())).isEmpty();

        mvc.perform(batchForm(a, job, TODAY.plusDays(3).toString(), "张干事 13900001111"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", containsString("集合地点:吉首市人社局门口")));
        List<DispatchService.BatchView> batches = dispatchService.forJob(scopeA(), job.getId());
        assertThat(batches).singleElement().satisfies(v -> {
            assertThat(v.batch().getDepartOn()).isEqualTo(TODAY.plusDays(3));
            assertThat(v.batch().getEscort()).isEqualTo("张干事 13900001111");
            assertThat(v.batch().getDestination()).isEqualTo("浙江宁波");
            assertThat(v.batch().getCreatedBy()).isEqualTo(fx.user("towna"));
        });
        DispatchBatch batch = batches.get(0).batch();
        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString(DispatchService.describe(batch))))
                .andExpect(content().string(containsString("href=\"/console/batches/" + batch.getId() + "\"")))
                .andExpect(content().string(containsString("还没有编入人员")))
                .andExpect(content().string(not(containsString("还没有输送批次"))));
    }

    @Test
    void dispatchingNeedsABatchOfThisJob() throws Exception {
        MockHttpSession a = login("towna");
        Job job = publishedJob("待输送岗位");
        long appA = readyToLeave(fx.workerA.getId(), job);
        long appB = readyToLeave(fx.workerB.getId(), job);
        DispatchBatch batch = batch(job);
        DispatchBatch otherJobsBatch = batch(publishedJob("别的岗位"));
        String page = "/console/jobs/" + job.getId();

        mvc.perform(get(page).session(a))
                .andExpect(content().string(containsString("输送批次(办理集中输送时选)")))
                .andExpect(content().string(containsString("<option value=\"" + batch.getId() + "\">")));
        mvc.perform(move(a, job, "DISPATCH", appA, appB))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", "请选择输送批次;还没有批次就先在下方新建。"));
        mvc.perform(move(a, job, "DISPATCH", appA, appB).param("batchId", String.valueOf(otherJobsBatch.getId())))
                .andExpect(status().isNotFound());
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.MEDICAL);
        assertThat(statusOf(job, fx.workerB.getId())).isEqualTo(ApplicationStatus.MEDICAL);
        assertThat(dispatchService.get(scopeA(), otherJobsBatch.getId()).members()).isEmpty();

        mvc.perform(move(a, job, "DISPATCH", appA, appB).param("batchId", String.valueOf(batch.getId())))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", "已将 2 人办理为「集中输送」。"));
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.DISPATCH);
        assertThat(dispatchService.get(scopeA(), batch.getId()).count(ApplicationStatus.DISPATCH)).isEqualTo(2);
        mvc.perform(get(page).session(a))
                .andExpect(content().string(containsString("集中输送 2 人")));
        // Any other stage still goes the usual way, batch or not.
        mvc.perform(move(a, job, "WITHDRAWN", appB).param("note", "家里有事").param("batchId", String.valueOf(batch.getId())))
                .andExpect(flash().attribute("success", "已将 1 人办理为「已放弃」。"));
        assertThat(statusOf(job, fx.workerB.getId())).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    void anOpenWageCaseAgainstTheEmployerIsShownAndSendingPeopleThereNeedsAReason() throws Exception {
        MockHttpSession a = login("towna");
        Job job = publishedJob("欠薪企业岗位");
        long appA = readyToLeave(fx.workerA.getId(), job);
        DispatchBatch batch = batch(job);
        String page = "/console/jobs/" + job.getId();
        mvc.perform(get(page).session(a)).andExpect(content().string(not(containsString("未办结的欠薪投诉"))));

        String openid = "ow" + java.util.UUID.randomUUID().toString().substring(0, 20);
        followers.subscribed("wxtest0000000001", openid, null);
        followers.bindWorker("wxtest0000000001", openid, fx.workerB.getId());
        Complaint wage = filing.file(new ComplaintFiling.Complainant("wxtest0000000001", openid, fx.workerB.getId()),
                new ComplaintFiling.NewComplaint(ComplaintKind.WAGE, null, null, "输送测试企业" + fx.tag, "浙江宁波", "上个月",
                        3000L, 1, "没发工资", List.of(), null)).complaint();
        jdbc.update("UPDATE complaint SET employer_id = ? WHERE id = ?", job.getEmployerId(), wage.getId());

        mvc.perform(get(page).session(a)).andExpect(content().string(containsString("有1件未办结的欠薪投诉(" + wage.getCaseNo() + ")")));
        mvc.perform(move(a, job, "DISPATCH", appA).param("batchId", String.valueOf(batch.getId())))
                .andExpect(flash().attribute("error", containsString("请在备注里写明理由")));
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.MEDICAL);

        mvc.perform(move(a, job, "DISPATCH", appA).param("batchId", String.valueOf(batch.getId()))
                        .param("note", "县里核实工资已付清,工人本人坚持去"))
                .andExpect(flash().attribute("success", "已将 1 人办理为「集中输送」。"));
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.DISPATCH);
        assertThat(jdbc.queryForList("SELECT after_data FROM audit_log WHERE action = 'MOVE_DISPATCH' AND entity_id = ?",
                String.class, String.valueOf(job.getId()))).singleElement().asString().contains("工人本人坚持去");
        mvc.perform(get("/console/batches/" + batch.getId()).session(a))
                .andExpect(content().string(containsString("未办结的欠薪投诉")));
    }

    @Test
    void theBatchPageMovesTheWholeGroupOnArrival() throws Exception {
        MockHttpSession a = login("towna");
        Job job = publishedJob("整批岗位");
        long appA = readyToLeave(fx.workerA.getId(), job);
        long appB = readyToLeave(fx.workerB.getId(), job);
        DispatchBatch batch = batch(job);
        dispatchService.dispatch(actor(), scopeA(), job.getId(), List.of(appA, appB), batch.getId());
        applicationService.move(actor(), scopeA(), job.getId(), List.of(appB), ApplicationStatus.WITHDRAWN, "临时变卦");
        String page = "/console/batches/" + batch.getId();

        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("吉首市人社局门口")))
                .andExpect(content().string(containsString("href=\"/console/jobs/" + job.getId() + "\"")))
                .andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(containsString("乙某")))
                .andExpect(content().string(containsString(fx.workerA.getIdNumberMasked())))
                .andExpect(content().string(not(containsString(workers.idNumberOf(fx.workerA)))))
                .andExpect(content().string(containsString("临时变卦")))
                .andExpect(content().string(containsString("id=\"group-form\"")))
                .andExpect(content().string(containsString("<option value=\"PLACED\">已上岗</option>")))
                .andExpect(content().string(not(containsString("<option value=\"WAITLISTED\">"))));

        mvc.perform(groupMove(a, batch, "REJECTED", ""))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", "未通过要写明原因。这一批都没有办理。"));
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.DISPATCH);

        // Before the departure day 上岗 would contradict the batch: refused, nothing moves.
        mvc.perform(groupMove(a, batch, "PLACED", "已到厂"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", containsString(TODAY.plusDays(1).getMonthValue() + "月"
                        + TODAY.plusDays(1).getDayOfMonth() + "日才出发,还不能办理上岗")));
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.DISPATCH);
        assertThat(followUpService.ofApplication(appA)).isEmpty();
        jdbc.update("UPDATE dispatch_batch SET depart_on = ? WHERE id = ?", TODAY, batch.getId());

        mvc.perform(groupMove(a, batch, "PLACED", "已到厂"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", "已将本批 1 人办理为「已上岗」。"));
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.PLACED);
        assertThat(statusOf(job, fx.workerB.getId())).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(followUpService.ofApplication(appA)).extracting(FollowUp::getMonthNo).containsExactly(1, 3, 6, 12);
        mvc.perform(groupMove(a, batch, "PLACED", ""))
                .andExpect(flash().attribute("error", containsString("没有需要办理的人员。这一批都没有办理。")));

        // The placed worker's row on the job page shows the follow-ups to come.
        mvc.perform(get("/console/jobs/" + job.getId()).session(a))
                .andExpect(content().string(containsString("follow-ups\">回访")))
                .andExpect(content().string(containsString(">1·</span>")))
                .andExpect(content().string(containsString(">12·</span>")));
    }

    @Test
    void anotherTownshipGets404ForTheBatchAndTheLeaderOnlyViews() throws Exception {
        Job job = publishedJob("甲镇输送岗位");
        long appA = readyToLeave(fx.workerA.getId(), job);
        DispatchBatch batch = batch(job);
        dispatchService.dispatch(actor(), scopeA(), job.getId(), List.of(appA), batch.getId());
        String page = "/console/batches/" + batch.getId();

        MockHttpSession b = login("townb");
        mvc.perform(get(page).session(b)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("吉首市人社局门口"))));
        mvc.perform(groupMove(b, batch, "PLACED", "")).andExpect(status().isNotFound());
        mvc.perform(batchForm(b, job, TODAY.toString(), "乙镇干事")).andExpect(status().isNotFound());
        mvc.perform(get(page).session(login("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("吉首市人社局门口")));

        MockHttpSession leader = login("leader");
        mvc.perform(get(page).session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(not(containsString("group-form"))));
        mvc.perform(get("/console/jobs/" + job.getId()).session(leader))
                .andExpect(content().string(containsString(DispatchService.describe(batch))))
                .andExpect(content().string(not(containsString("/batches\""))));
        mvc.perform(groupMove(leader, batch, "PLACED", "")).andExpect(status().isForbidden());
        mvc.perform(get(page).session(login("village"))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/move").session(login("towna")).param("to", "PLACED"))
                .andExpect(status().isForbidden());
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.DISPATCH);
        assertThat(dispatchService.forJob(scopeA(), job.getId())).hasSize(1);
    }

    @Test
    void anExpiredJobIsReopenedByExtendingItsEndDate() throws Exception {
        MockHttpSession a = login("towna");
        Job job = publishedJob("到期岗位");
        jdbc.update("UPDATE job SET status = 'EXPIRED', ends_on = ? WHERE id = ?", TODAY.minusDays(2), job.getId());
        String page = "/console/jobs/" + job.getId();

        mvc.perform(get("/console/jobs").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">已到期</span>")))
                .andExpect(content().string(containsString("href=\"" + page + "#extend\"")))
                .andExpect(content().string(not(containsString(page + "/publish"))))
                .andExpect(content().string(not(containsString("已过期"))));
        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("text-bg-warning\">已到期</span>")))
                .andExpect(content().string(containsString("延期并重新发布")))
                .andExpect(content().string(not(containsString(page + "/publish"))));

        mvc.perform(extend(a, job, TODAY.minusDays(1).toString()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", containsString("不能早于今天")));
        mvc.perform(extend(a, job, "下个月")).andExpect(flash().attribute("error", containsString("要填日期")));
        assertThat(job(job).getStatus()).isEqualTo(JobStatus.EXPIRED);

        mvc.perform(extend(a, job, TODAY.plusDays(30).toString()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", containsString("岗位已重新发布")));
        assertThat(job(job).getStatus()).isEqualTo(JobStatus.PUBLISHED);
        assertThat(job(job).getEndsOn()).isEqualTo(TODAY.plusDays(30));

        mvc.perform(extend(login("leader"), job, TODAY.plusDays(5).toString())).andExpect(status().isForbidden());
        mvc.perform(extend(login("townb"), job, TODAY.plusDays(5).toString())).andExpect(status().isNotFound());
        mvc.perform(post(page + "/extend").session(a).param("endsOn", TODAY.plusDays(5).toString()))
                .andExpect(status().isForbidden());
        assertThat(job(job).getEndsOn()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void anEmptyEndDateMakesTheJobOpenEnded() throws Exception {
        Job job = publishedJob("长期岗位");
        jdbc.update("UPDATE job SET status = 'EXPIRED', ends_on = ? WHERE id = ?", TODAY.minusDays(2), job.getId());
        mvc.perform(extend(login("towna"), job, ""))
                .andExpect(flash().attribute("success", "「长期岗位」已改为长期招聘,不设截止日期。岗位已重新发布,工人又能看到并报名了。"));
        assertThat(job(job).getEndsOn()).isNull();
        assertThat(job(job).getStatus()).isEqualTo(JobStatus.PUBLISHED);
    }

    // --- helpers ---------------------------------------------------------------------------

    private Actor actor() {
        return new Actor(fx.user("towna"), fx.townshipA.getPath(), "127.0.0.1");
    }

    private RegionScope scopeA() {
        return RegionScope.of(fx.townshipA);
    }

    private Job publishedJob(String title) {
        Employer employer = jobService.createEmployer(actor(), scopeA(),
                new JobService.NewEmployer("输送测试企业" + fx.tag, "浙江宁波", null, null));
        jobService.vet(actor(), scopeA(), employer.getId(), "已考察");
        Job job = jobService.createJob(actor(), scopeA(), new JobService.JobDraft(employer.getId(), title, "电子制造",
                WorkArea.OUT_OF_PROVINCE, "浙江宁波", 450_000, 600_000, null, "包吃包住", null, null, null, null, 10,
                false, null));
        return jobService.publish(actor(), scopeA(), job.getId());
    }

    /** Applied, screened and through the medical: the next step is 集中输送. */
    private long readyToLeave(long workerId, Job job) {
        Outcome outcome = applicationService.apply(workerId, job.getId(), "CONSOLE");
        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
        long id = ((Outcome.Applied) outcome).application().getId();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applicationService.move(actor(), scopeA(), job.getId(), List.of(id), step, null);
        }
        return id;
    }

    private DispatchBatch batch(Job job) {
        return dispatchService.create(actor(), scopeA(), job.getId(),
                new DispatchService.NewBatch(TODAY.plusDays(1), "吉首市人社局门口", "张干事 13900001111", "浙江宁波"));
    }

    private Job job(Job job) {
        return jobService.job(scopeA(), job.getId());
    }

    private ApplicationStatus statusOf(Job job, long workerId) {
        return applicationService.find(job.getId(), workerId).getStatus();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder batchForm(
            MockHttpSession session, Job job, String departOn, String escort) {
        return post("/console/jobs/" + job.getId() + "/batches").session(session).with(csrf())
                .param("departOn", departOn).param("meetingPoint", "吉首市人社局门口").param("escort", escort)
                .param("destination", "浙江宁波");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder move(
            MockHttpSession session, Job job, String to, long... applicationIds) {
        var request = post("/console/jobs/" + job.getId() + "/move").session(session).with(csrf()).param("to", to);
        for (long id : applicationIds) {
            request.param("ids", String.valueOf(id));
        }
        return request;
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder groupMove(
            MockHttpSession session, DispatchBatch batch, String to, String note) {
        return post("/console/batches/" + batch.getId() + "/move").session(session).with(csrf())
                .param("to", to).param("note", note);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder extend(
            MockHttpSession session, Job job, String endsOn) {
        return post("/console/jobs/" + job.getId() + "/extend").session(session).with(csrf()).param("endsOn", endsOn);
    }
}
