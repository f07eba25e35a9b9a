package cn.laowu.admin.job;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationService.Outcome;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobStatus;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 岗位与报名 through HTTP: employers and their 考察, jobs, the applicant pipeline, roles and scope. */
class JobConsoleTest extends ConsoleTestSupport {

    @Autowired
    JobService jobService;
    @Autowired
    ApplicationService applicationService;
    @Autowired
    DispatchService dispatchService;

    @Test
    void anEmployerAndAJobAreCreatedThroughTheForms() throws Exception {
        MockHttpSession a = login("towna");
        RegionScope scopeA = RegionScope.of(fx.townshipA);
        mvc.perform(get("/console/jobs").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("先登记企业")))
                .andExpect(content().string(containsString("岗位与报名")));

        mvc.perform(post("/console/employers").session(a).with(csrf()).param("name", " ")
                        .param("location", "广东东莞"))
                .andExpect(redirectedUrl("/console/employers"))
                .andExpect(flash().attribute("error", containsString("请填写企业名称")));
        assertThat(jobService.employers(scopeA)).isEmpty();

        String name = "东莞测试电子厂" + fx.tag;
        mvc.perform(post("/console/employers").session(a).with(csrf()).param("name", name)
                        .param("location", "广东省东莞市长安镇").param("contact", "王经理 0769-1234567")
                        .param("description", "手机配件,2000人"))
                .andExpect(redirectedUrl("/console/employers"))
                .andExpect(flash().attribute("success", containsString(name)));
        assertThat(jobService.employers(scopeA)).singleElement().satisfies(e -> {
            assertThat(e.getName()).isEqualTo(name);
            assertThat(e.getContact()).isEqualTo("王经理 0769-1234567");
            assertThat(e.getOwnerRegionPath()).isEqualTo(fx.townshipA.getPath());
            assertThat(e.isVetted()).isFalse();
        });
        Employer employer = jobService.employers(scopeA).get(0);
        mvc.perform(get("/console/employers").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("未考察")));
        mvc.perform(get("/console/jobs/new").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name + "(未考察")));

        // A wrong wage range re-renders the form with the reason and what was typed.
        mvc.perform(post("/console/jobs/new").session(a).with(csrf()).params(jobParams(employer.getId()))
                        .param("wageMinYuan", "6000").param("wageMaxYuan", "4500"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("月薪范围不对")))
                .andExpect(content().string(containsString("value=\"流水线普工\"")));
        mvc.perform(post("/console/jobs/new").session(a).with(csrf()).params(jobParams(employer.getId()))
                        .param("wageMinYuan", "四千").param("wageMaxYuan", "6000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("要填数字")));
        assertThat(jobService.jobs(scopeA)).isEmpty();

        String location = mvc.perform(post("/console/jobs/new").session(a).with(csrf()).params(jobParams(employer.getId()))
                        .param("wageMinYuan", "4500").param("wageMaxYuan", "6000")
                        .param("trainingRequired", "true").param("endsOn", "2099-12-31"))
                .andExpect(redirectedUrlPattern("/console/jobs/*"))
                .andReturn().getResponse().getRedirectedUrl();
        Job job = jobService.job(scopeA, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(job.getTitle()).isEqualTo("流水线普工");
        assertThat(job.getWageMinFen()).isEqualTo(450_000L);
        assertThat(job.getWageMaxFen()).isEqualTo(600_000L);
        assertThat(job.getWorkArea()).isEqualTo(WorkArea.OUT_OF_PROVINCE);
        assertThat(job.getHeadcount()).isEqualTo(30);
        assertThat(job.getTrainingRequired()).isTrue();
        assertThat(job.getEndsOn()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(job.getStatus()).isEqualTo(JobStatus.DRAFT);
        assertThat(job.getOwnerRegionPath()).isEqualTo(fx.townshipA.getPath());

        mvc.perform(get("/console/jobs").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("流水线普工")))
                .andExpect(content().string(containsString("4500–6000")))
                .andExpect(content().string(containsString("省外")))
                .andExpect(content().string(containsString("草稿")))
                .andExpect(content().string(not(containsString("已过期"))));
    }

    @Test
    void aJobPastItsEndDateIsMarkedExpired() throws Exception {
        Employer employer = employer("towna", true);
        jobService.createJob(actor("towna"), RegionScope.of(fx.townshipA), draft(employer, "过期岗位",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1)));
        mvc.perform(get("/console/jobs").session(login("towna")))
                .andExpect(content().string(containsString("过期岗位")))
                .andExpect(content().string(containsString("已过期")));
    }

    @Test
    void publishingIsRefusedUntilTheEmployerIsVetted() throws Exception {
        MockHttpSession a = login("towna");
        Employer employer = employer("towna", false);
        Job job = job("towna", employer, "缝纫工");

        mvc.perform(post("/console/jobs/" + job.getId() + "/publish").session(a).with(csrf()))
                .andExpect(redirectedUrl("/console/jobs"))
                .andExpect(flash().attribute("error", containsString("还没有考察记录")));
        assertThat(jobStatus(job)).isEqualTo(JobStatus.DRAFT);

        mvc.perform(post("/console/employers/" + employer.getId() + "/vet").session(a).with(csrf()).param("notes", ""))
                .andExpect(flash().attribute("error", containsString("请填写考察情况")));
        assertThat(jobService.employer(RegionScope.of(fx.townshipA), employer.getId()).isVetted()).isFalse();

        mvc.perform(post("/console/employers/" + employer.getId() + "/vet").session(a).with(csrf())
                        .param("notes", "实地看了车间和宿舍,工资按月打卡发放,缴五险"))
                .andExpect(redirectedUrl("/console/employers"));
        Employer vetted = jobService.employer(RegionScope.of(fx.townshipA), employer.getId());
        assertThat(vetted.isVetted()).isTrue();
        assertThat(vetted.getVettedBy()).isEqualTo(fx.user("towna"));
        mvc.perform(get("/console/employers").session(a))
                .andExpect(content().string(containsString("已考察")))
                .andExpect(content().string(containsString("工资按月打卡发放")))
                .andExpect(content().string(containsString(fx.user("towna"))));

        mvc.perform(post("/console/jobs/" + job.getId() + "/publish").session(a).with(csrf()).param("back", "detail"))
                .andExpect(redirectedUrl("/console/jobs/" + job.getId()))
                .andExpect(flash().attribute("success", containsString("已发布")));
        assertThat(jobStatus(job)).isEqualTo(JobStatus.PUBLISHED);
        mvc.perform(get("/console/jobs").session(a))
                .andExpect(content().string(containsString("已发布")))
                .andExpect(content().string(containsString("/console/jobs/" + job.getId() + "/close")))
                .andExpect(content().string(not(containsString("/console/jobs/" + job.getId() + "/publish"))));

        mvc.perform(post("/console/jobs/" + job.getId() + "/close").session(a).with(csrf()))
                .andExpect(redirectedUrl("/console/jobs"));
        assertThat(jobStatus(job)).isEqualTo(JobStatus.CLOSED);
    }

    @Test
    void applicantsMoveThroughThePipelineInBatchesAllOrNothing() throws Exception {
        MockHttpSession a = login("towna");
        Job job = publishedJob("towna", "电子厂普工");
        long appA = applied(fx.workerA.getId(), job);
        long appB = applied(fx.workerB.getId(), job);
        String page = "/console/jobs/" + job.getId();

        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(containsString("乙某")))
                .andExpect(content().string(containsString(fx.workerA.getIdNumberMasked())))
                .andExpect(content().string(containsString("138****0001")))
                .andExpect(content().string(not(containsString("13800000001"))))
                .andExpect(content().string(not(containsString(workers.idNumberOf(fx.workerA)))))
                .andExpect(content().string(containsString("已报名")));

        // A jump over the pipeline is refused for the whole batch, with the reason shown.
        MvcResult refused = mvc.perform(move(a, job, "PLACED", "", appA, appB))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", containsString("不能直接办理为「已上岗」")))
                .andReturn();
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(statusOf(job, fx.workerB.getId())).isEqualTo(ApplicationStatus.APPLIED);
        mvc.perform(get(page).session(a).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("不能直接办理为「已上岗」")));

        mvc.perform(move(a, job, "SCREENING", "", appA, appB))
                .andExpect(flash().attribute("success", containsString("已将 2 人办理为「资格审查」")));
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.SCREENING);
        assertThat(statusOf(job, fx.workerB.getId())).isEqualTo(ApplicationStatus.SCREENING);

        // A is one step ahead; a batch that is right for A but not for B leaves both as they were.
        mvc.perform(move(a, job, "MEDICAL", "", appA)).andExpect(flash().attribute("success", containsString("1 人")));
        DispatchBatch batch = dispatchService.create(actor("towna"), RegionScope.of(fx.townshipA), job.getId(),
                new DispatchService.NewBatch(LocalDate.now(ZoneId.of("Asia/Shanghai")), "人社局门口", "张干事", "广东东莞"));
        mvc.perform(move(a, job, "DISPATCH", "", appA, appB).param("batchId", String.valueOf(batch.getId())))
                .andExpect(flash().attribute("error", containsString("「资格审查」,不能直接办理为「集中输送」")));
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.MEDICAL);
        assertThat(statusOf(job, fx.workerB.getId())).isEqualTo(ApplicationStatus.SCREENING);

        mvc.perform(move(a, job, "REJECTED", "  ", appB))
                .andExpect(flash().attribute("error", containsString("未通过要写明原因")));
        assertThat(statusOf(job, fx.workerB.getId())).isEqualTo(ApplicationStatus.SCREENING);
        mvc.perform(move(a, job, "SCREENING", "")).andExpect(flash().attribute("error", containsString("请先勾选")));

        mvc.perform(move(a, job, "REJECTED", "年龄不符合企业要求", appB).param("filter", "SCREENING"))
                .andExpect(redirectedUrl(page + "?status=SCREENING"));
        assertThat(statusOf(job, fx.workerB.getId())).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(jobService.job(RegionScope.of(fx.townshipA), job.getId()).getFilled()).isEqualTo(1);

        mvc.perform(get(page).param("status", "REJECTED").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("乙某")))
                .andExpect(content().string(containsString("年龄不符合企业要求")))
                .andExpect(content().string(not(containsString("甲某"))));
    }

    @Test
    void anotherTownshipGets404ForTheJobAndCannotTouchIt() throws Exception {
        Job job = publishedJob("towna", "甲镇专属岗位");
        long appA = applied(fx.workerA.getId(), job);
        MockHttpSession b = login("townb");
        mvc.perform(get("/console/jobs/" + job.getId()).session(b)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("甲镇专属岗位"))));
        mvc.perform(post("/console/jobs/" + job.getId() + "/close").session(b).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(move(b, job, "SCREENING", "", appA)).andExpect(status().isNotFound());
        mvc.perform(post("/console/employers/" + job.getEmployerId() + "/vet").session(b).with(csrf())
                .param("notes", "乱记")).andExpect(status().isNotFound());
        mvc.perform(get("/console/jobs").session(b)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("甲镇专属岗位"))));
        assertThat(jobStatus(job)).isEqualTo(JobStatus.PUBLISHED);
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.APPLIED);

        // The county above both townships sees it.
        mvc.perform(get("/console/jobs/" + job.getId()).session(login("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲镇专属岗位")));
    }

    @Test
    void theLeaderViewsButCannotChangeAndOtherRolesCannotOpen() throws Exception {
        Job job = job("towna", employer("towna", true), "只读岗位");
        long appA;
        jobService.publish(actor("towna"), RegionScope.of(fx.townshipA), job.getId());
        appA = applied(fx.workerA.getId(), job);

        MockHttpSession leader = login("leader");
        mvc.perform(get("/console").session(leader)).andExpect(content().string(containsString("href=\"/console/jobs\"")));
        mvc.perform(get("/console/jobs").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("只读岗位")))
                .andExpect(content().string(not(containsString("/publish"))))
                .andExpect(content().string(not(containsString("/close"))));
        mvc.perform(get("/console/jobs/" + job.getId()).session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲某")))
                .andExpect(content().string(not(containsString("move-form\""))));
        mvc.perform(get("/console/employers").session(leader)).andExpect(status().isOk());

        mvc.perform(post("/console/jobs/" + job.getId() + "/close").session(leader).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(move(leader, job, "SCREENING", "", appA)).andExpect(status().isForbidden());
        mvc.perform(post("/console/employers").session(leader).with(csrf()).param("name", "领导建的")
                .param("location", "吉首")).andExpect(status().isForbidden());
        mvc.perform(get("/console/jobs/new").session(leader)).andExpect(status().isForbidden());
        assertThat(jobStatus(job)).isEqualTo(JobStatus.PUBLISHED);
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(jobService.employers(RegionScope.of(fx.prefecture))).noneMatch(e -> e.getName().equals("领导建的"));

        for (String role : new String[] {"village", "trainer"}) {
            MockHttpSession session = login(role);
            mvc.perform(get("/console").session(session))
                    .andExpect(content().string(not(containsString("href=\"/console/jobs\""))));
            mvc.perform(get("/console/jobs").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/console/employers").session(session)).andExpect(status().isForbidden());
        }
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        MockHttpSession a = login("towna");
        Job job = job("towna", employer("towna", true), "无令牌岗位");
        mvc.perform(post("/console/employers").session(a).param("name", "无令牌企业").param("location", "吉首"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/jobs/" + job.getId() + "/publish").session(a)).andExpect(status().isForbidden());
        assertThat(jobService.employers(RegionScope.of(fx.townshipA))).noneMatch(e -> e.getName().equals("无令牌企业"));
        assertThat(jobStatus(job)).isEqualTo(JobStatus.DRAFT);
    }

    // --- helpers ---------------------------------------------------------------------------

    private Actor actor(String shortName) {
        String path = switch (shortName) {
            case "towna" -> fx.townshipA.getPath();
            case "townb" -> fx.townshipB.getPath();
            default -> throw new IllegalArgumentException(shortName);
        };
        return new Actor(fx.user(shortName), path, "127.0.0.1");
    }

    private Employer employer(String shortName, boolean vetted) {
        Actor actor = actor(shortName);
        RegionScope scope = new RegionScope(actor.regionPath());
        Employer employer = jobService.createEmployer(actor, scope,
                new JobService.NewEmployer("测试企业" + fx.tag, "广东东莞", null, null));
        return vetted ? jobService.vet(actor, scope, employer.getId(), "已考察") : employer;
    }

    private Job job(String shortName, Employer employer, String title) {
        Actor actor = actor(shortName);
        return jobService.createJob(actor, new RegionScope(actor.regionPath()), draft(employer, title, null));
    }

    private Job publishedJob(String shortName, String title) {
        Job job = job(shortName, employer(shortName, true), title);
        Actor actor = actor(shortName);
        return jobService.publish(actor, new RegionScope(actor.regionPath()), job.getId());
    }

    private static JobService.JobDraft draft(Employer employer, String title, LocalDate endsOn) {
        return new JobService.JobDraft(employer.getId(), title, "电子制造", WorkArea.OUT_OF_PROVINCE, "广东东莞",
                450_000, 600_000, null, "包吃包住", null, null, null, null, 10, false, endsOn);
    }

    private long applied(long workerId, Job job) {
        Outcome outcome = applicationService.apply(workerId, job.getId(), "CONSOLE");
        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
        return ((Outcome.Applied) outcome).application().getId();
    }

    private JobStatus jobStatus(Job job) {
        return jobService.job(new RegionScope(job.getOwnerRegionPath()), job.getId()).getStatus();
    }

    private ApplicationStatus statusOf(Job job, long workerId) {
        return applicationService.find(job.getId(), workerId).getStatus();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder move(
            MockHttpSession session, Job job, String to, String note, long... applicationIds) {
        var request = post("/console/jobs/" + job.getId() + "/move").session(session).with(csrf())
                .param("to", to).param("note", note);
        for (long id : applicationIds) {
            request.param("ids", String.valueOf(id));
        }
        return request;
    }

    private static org.springframework.util.MultiValueMap<String, String> jobParams(long employerId) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("employerId", String.valueOf(employerId));
        params.add("title", "流水线普工");
        params.add("industry", "电子制造");
        params.add("workArea", "OUT_OF_PROVINCE");
        params.add("workPlace", "广东东莞");
        params.add("hours", "两班倒");
        params.add("foodLodging", "包吃包住");
        params.add("socialInsurance", "五险");
        params.add("healthRequirement", "身体健康");
        params.add("headcount", "30");
        return params;
    }
}
