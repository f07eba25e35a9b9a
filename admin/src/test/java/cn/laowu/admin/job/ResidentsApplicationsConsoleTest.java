package cn.laowu.admin.job;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationService.Outcome;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobStatus;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

/**
 * A township follows up its own people wherever the job is: a county job's applications of its
 * villagers (and only theirs) on the jobs list, the job page and the worker's card, and the same
 * moves as on its own jobs; the job itself stays with the county.
 */
class ResidentsApplicationsConsoleTest extends ConsoleTestSupport {

    @Autowired
    JobService jobService;
    @Autowired
    ApplicationService applicationService;
    @Autowired
    DispatchService dispatchService;

    @Test
    void theTownshipSeesAndMovesItsVillagerOnACountyJobButNoOneElse() throws Exception {
        Job job = countyJob("县里的仓库岗位");
        long appA = applied(fx.workerA.getId(), job);
        long appB = applied(fx.workerB.getId(), job);
        MockHttpSession a = login("towna");
        String page = "/console/jobs/" + job.getId();

        mvc.perform(get("/console/jobs").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("县里的仓库岗位")))
                .andExpect(content().string(containsString("本辖区报名 1 人")))
                .andExpect(content().string(containsString(fx.county.getName())))
                .andExpect(content().string(containsString("本辖区还没有发布岗位")));

        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("县里的仓库岗位")))
                .andExpect(content().string(containsString("本辖区报名人员")))
                .andExpect(content().string(containsString(fx.workerA.getName())))
                .andExpect(content().string(containsString("value=\"" + appA + "\"")))
                .andExpect(content().string(containsString("id=\"move-form\"")))
                .andExpect(content().string(not(containsString(fx.workerB.getName()))))
                .andExpect(content().string(not(containsString(fx.workerB.getIdNumberMasked()))))
                .andExpect(content().string(not(containsString("value=\"" + appB + "\""))))
                // The job itself is the county's: no publish, close, dates or new batch here.
                .andExpect(content().string(not(containsString(page + "/close"))))
                .andExpect(content().string(not(containsString(page + "/extend"))))
                .andExpect(content().string(not(containsString(page + "/batches"))));

        mvc.perform(move(a, job, "SCREENING", appA)).andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", containsString("已将 1 人办理为「资格审查」")));
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.SCREENING);

        // She arranges her villager's 资格审查 on the county job; the other township's applicant stays out of reach.
        String nextWeek = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).atTime(9, 0).toString();
        mvc.perform(get(page).session(a)).andExpect(content().string(containsString(
                page + "/applications/" + appA + "/appointment")));
        mvc.perform(post(page + "/applications/" + appA + "/appointment").session(a).with(csrf())
                .param("at", nextWeek).param("place", "甲镇社会保障站").param("bring", "身份证"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/applications/" + appB + "/appointment").session(a).with(csrf())
                .param("at", nextWeek).param("place", "甲镇社会保障站").param("bring", "身份证"))
                .andExpect(status().isNotFound());

        // Another township's applicant on the same job: not found, alone or hidden in a batch with her own.
        mvc.perform(move(a, job, "SCREENING", appB)).andExpect(status().isNotFound());
        mvc.perform(move(a, job, "MEDICAL", appA, appB)).andExpect(status().isNotFound());
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.SCREENING);
        assertThat(statusOf(job, fx.workerB.getId())).isEqualTo(ApplicationStatus.APPLIED);

        mvc.perform(post(page + "/close").session(a).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(page + "/extend").session(a).with(csrf()).param("endsOn", "2099-01-01"))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/batches").session(a).with(csrf()).param("departOn", "2099-01-01")
                .param("meetingPoint", "镇政府").param("escort", "甲干事").param("destination", "东莞"))
                .andExpect(status().isNotFound());
        assertThat(jobService.job(RegionScope.of(fx.county), job.getId()).getStatus()).isEqualTo(JobStatus.PUBLISHED);
        assertThat(dispatchService.forJob(RegionScope.of(fx.county), job.getId())).isEmpty();

        // The county that owns the job still sees both.
        mvc.perform(get(page).session(login("county"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(fx.workerA.getName())))
                .andExpect(content().string(containsString(fx.workerB.getName())));
    }

    @Test
    void theTownshipPutsItsVillagerIntoTheCountysBatchAndSeesOnlyItsOwnInIt() throws Exception {
        Job job = countyJob("县里的输送岗位");
        long appA = applied(fx.workerA.getId(), job);
        long appB = applied(fx.workerB.getId(), job);
        Actor county = countyActor();
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applicationService.move(county, RegionScope.of(fx.county), job.getId(), List.of(appA, appB), step, null);
        }
        DispatchBatch batch = dispatchService.create(county, RegionScope.of(fx.county), job.getId(),
                new DispatchService.NewBatch(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2), "县人社局门口",
                        "杨干事 13907431234", "浙江宁波"));
        dispatchService.dispatch(county, RegionScope.of(fx.county), job.getId(), List.of(appB), batch.getId());

        MockHttpSession a = login("towna");
        String page = "/console/jobs/" + job.getId();
        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("县人社局门口")))
                .andExpect(content().string(containsString("还没有编入本辖区人员")))
                .andExpect(content().string(not(containsString("/console/batches/" + batch.getId()))));
        mvc.perform(get("/console/batches/" + batch.getId()).session(a)).andExpect(status().isNotFound());

        mvc.perform(move(a, job, "DISPATCH", appA).param("batchId", String.valueOf(batch.getId())))
                .andExpect(flash().attribute("success", containsString("已将 1 人办理为「集中输送」")));
        assertThat(applicationService.find(job.getId(), fx.workerA.getId()).getBatchId()).isEqualTo(batch.getId());
        mvc.perform(get(page).session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("集中输送 1 人")))
                .andExpect(content().string(not(containsString("集中输送 2 人"))))
                .andExpect(content().string(not(containsString(fx.workerB.getName()))));
    }

    @Test
    void aTownshipWhosePeopleDidNotApplySeesNeitherTheJobNorItsApplicants() throws Exception {
        Job job = countyJob("只有甲镇人报名的岗位");
        long appA = applied(fx.workerA.getId(), job);
        MockHttpSession b = login("townb");
        mvc.perform(get("/console/jobs").session(b)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("只有甲镇人报名的岗位"))))
                .andExpect(content().string(not(containsString("本辖区报名"))));
        mvc.perform(get("/console/jobs/" + job.getId()).session(b)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(fx.workerA.getName()))));
        mvc.perform(move(b, job, "SCREENING", appA)).andExpect(status().isNotFound());
        mvc.perform(get("/console/workers/" + fx.workerA.getId()).session(b)).andExpect(status().isNotFound());
        assertThat(statusOf(job, fx.workerA.getId())).isEqualTo(ApplicationStatus.APPLIED);
    }

    @Test
    void theWorkersCardListsApplicationsAndPlacements() throws Exception {
        Job placed = countyJob("已上岗的岗位");
        Job open = countyJob("还在办理的岗位");
        long appPlaced = applied(fx.workerA.getId(), placed);
        applied(fx.workerA.getId(), open);
        Actor county = countyActor();
        RegionScope scope = RegionScope.of(fx.county);
        for (ApplicationStatus step : List.of(ApplicationStatus.SCREENING, ApplicationStatus.MEDICAL)) {
            applicationService.move(county, scope, placed.getId(), List.of(appPlaced), step, null);
        }
        DispatchBatch batch = dispatchService.create(county, scope, placed.getId(), new DispatchService.NewBatch(
                LocalDate.now(ZoneId.of("Asia/Shanghai")), "县人社局门口", "杨干事", "浙江宁波"));
        dispatchService.dispatch(county, scope, placed.getId(), List.of(appPlaced), batch.getId());
        dispatchService.moveGroup(county, scope, batch.getId(), ApplicationStatus.PLACED, null);

        String card = "/console/workers/" + fx.workerA.getId();
        mvc.perform(get(card).session(login("towna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("报名与上岗")))
                .andExpect(content().string(containsString("报名 2 次 · 上岗 1 次")))
                .andExpect(content().string(containsString("已上岗的岗位")))
                .andExpect(content().string(containsString("还在办理的岗位")))
                .andExpect(content().string(containsString("县企业" + fx.tag)))
                .andExpect(content().string(containsString("已上岗")))
                .andExpect(content().string(containsString("已报名")))
                .andExpect(content().string(containsString(LocalDate.now(ZoneId.of("Asia/Shanghai")) + " 上岗")))
                .andExpect(content().string(containsString("href=\"/console/jobs/" + placed.getId() + "\"")))
                .andExpect(content().string(containsString("href=\"/console/jobs/" + open.getId() + "\"")));
        // The job page the card links to opens for her.
        mvc.perform(get("/console/jobs/" + placed.getId()).session(login("towna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(fx.workerA.getName())));

        // A village clerk sees the record but has no job pages to open.
        mvc.perform(get(card).session(login("village"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已上岗的岗位")))
                .andExpect(content().string(not(containsString("href=\"/console/jobs/" + placed.getId() + "\""))));

        mvc.perform(get("/console/workers/" + fx.workerB.getId()).session(login("townb"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有报名记录")))
                .andExpect(content().string(not(containsString("已上岗的岗位"))));
    }

    // --- helpers ---------------------------------------------------------------------------

    private Actor countyActor() {
        return new Actor(fx.user("county"), fx.county.getPath(), "127.0.0.1");
    }

    private Job countyJob(String title) {
        Actor county = countyActor();
        RegionScope scope = RegionScope.of(fx.county);
        Employer employer = jobService.employers(scope).stream().findFirst().orElseGet(() -> jobService.vet(county,
                scope, jobService.createEmployer(county, scope, new JobService.NewEmployer("县企业" + fx.tag,
                        "浙江宁波", null, null)).getId(), "已考察"));
        Job job = jobService.createJob(county, scope, new JobService.JobDraft(employer.getId(), title, "物流",
                WorkArea.OUT_OF_PROVINCE, "浙江宁波", 480_000, 580_000, null, null, null, null, null, null, 10, false,
                null));
        return jobService.publish(county, scope, job.getId());
    }

    private long applied(long workerId, Job job) {
        Outcome outcome = applicationService.apply(workerId, job.getId(), "CONSOLE");
        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
        return ((Outcome.Applied) outcome).application().getId();
    }

    private ApplicationStatus statusOf(Job job, long workerId) {
        return applicationService.find(job.getId(), workerId).getStatus();
    }

    private MockHttpServletRequestBuilder move(MockHttpSession session, Job job, String to, long... applicationIds) {
        MockHttpServletRequestBuilder request = post("/console/jobs/" + job.getId() + "/move").session(session)
                .with(csrf()).param("to", to).param("note", "");
        for (long id : applicationIds) {
            request.param("ids", String.valueOf(id));
        }
        return request;
    }
}
