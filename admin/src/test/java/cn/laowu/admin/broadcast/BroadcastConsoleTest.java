package cn.laowu.admin.broadcast;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broadcast.Broadcast;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.broadcast.BroadcastStatus;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;

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

/**
 * 推送通知 in the console: preview, send, scope, roles, CSRF, approval and cancel through HTTP.
 * The approval size is 0 here, so every broadcast waits for a county admin.
 */
@TestPropertySource(properties = "laowu.broadcasts.approval-above=0")
class BroadcastConsoleTest extends ConsoleTestSupport {

    @Autowired
    JobService jobs;
    @Autowired
    BroadcastService broadcasts;
    @Autowired
    FollowerService followers;

    private Job job;

    @BeforeEach
    void aJobAndFollowers() {
        Actor clerk = new Actor("county", fx.county.getPath(), null);
        RegionScope scope = RegionScope.of(fx.county);
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer("推送企业" + fx.tag, "广东东莞", null, null)).getId(), "已考察");
        job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(),
                "推送普工" + fx.tag, "电子", WorkArea.OUT_OF_PROVINCE, "广东东莞", 450_000, 600_000, null, null, null,
                null, null, null, 10, false, null)).getId());
        for (var worker : new long[]{fx.workerA.getId(), fx.workerB.getId()}) {
            String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
            followers.subscribed("wxtest0000000001", openid, null);
            followers.bindWorker("wxtest0000000001", openid, worker);
        }
    }

    @Test
    void aTownshipPreviewsAndSendsToItsOwnPeopleOnly() throws Exception {
        MockHttpSession town = login("towna");
        mvc.perform(get("/console/broadcasts").session(town)).andExpect(status().isOk())
                .andExpect(content().string(containsString("新建推送")));
        mvc.perform(post("/console/broadcasts/preview").session(town).with(csrf())
                        .param("kind", "JOBS").param("title", "东莞招工").param("jobIds", job.getId().toString())
                        .param("regionCode", fx.townshipA.getCode()).param("registered", "REGISTERED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("推送普工" + fx.tag)))
                .andExpect(content().string(containsString("会发给 <b>1</b> 人")));
        mvc.perform(post("/console/broadcasts/preview").session(town).with(csrf())
                        .param("kind", "JOBS").param("title", "东莞招工").param("jobIds", job.getId().toString())
                        .param("regionCode", fx.townshipB.getCode()).param("registered", "REGISTERED"))
                .andExpect(content().string(containsString("只能发给本辖区的人")));

        String location = mvc.perform(post("/console/broadcasts").session(town).with(csrf())
                        .param("kind", "JOBS").param("title", "东莞招工").param("jobIds", job.getId().toString())
                        .param("regionCode", fx.townshipA.getCode()).param("registered", "REGISTERED"))
                .andExpect(redirectedUrlPattern("/console/broadcasts/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).session(town)).andExpect(status().isOk())
                .andExpect(content().string(containsString("东莞招工"))).andExpect(content().string(containsString("撤回")));

        mvc.perform(get(location).session(login("townb"))).andExpect(status().isNotFound());
        mvc.perform(post(location + "/cancel").session(town)).andExpect(status().isForbidden());
        assertThat(broadcasts.get(RegionScope.of(fx.townshipA), id).getStatus())
                .isEqualTo(BroadcastStatus.AWAITING_APPROVAL);
        mvc.perform(post(location + "/cancel").session(town).with(csrf()))
                .andExpect(redirectedUrlPattern("/console/broadcasts/*"));
        assertThat(broadcasts.get(RegionScope.of(fx.townshipA), id).getStatus()).isEqualTo(BroadcastStatus.CANCELLED);
    }

    @Test
    void theLeaderOnlyLooks() throws Exception {
        MockHttpSession leader = login("leader");
        mvc.perform(get("/console/broadcasts").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("新建推送"))));
        mvc.perform(get("/console/broadcasts/new").session(leader)).andExpect(status().isForbidden());
        mvc.perform(post("/console/broadcasts").session(leader).with(csrf()).param("kind", "JOBS")
                .param("title", "x")).andExpect(status().isForbidden());
    }

    /**
     * Issue 23 items 14 and 15: a village officer sends a job notice to its own village, held for
     * the township, whose navigation shows that something waits; the township's form offers only
     * the audiences it may use.
     */
    @Test
    void aVillageSendsAJobNoticeTheTownshipIsToldAndApprovesIt() throws Exception {
        MockHttpSession village = login("village");
        mvc.perform(get("/console/broadcasts/new").session(village)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"JOBS\"")))
                .andExpect(content().string(not(containsString("value=\"ANNOUNCEMENT\""))));
        mvc.perform(post("/console/broadcasts").session(village).with(csrf()).param("kind", "ANNOUNCEMENT")
                        .param("title", "开会").param("text", "明天开会").param("regionCode", fx.villageA.getCode())
                        .param("registered", "REGISTERED"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("通知公告请乡镇发")));
        mvc.perform(post("/console/broadcasts").session(village).with(csrf()).param("kind", "JOBS")
                        .param("title", "村里招工").param("jobIds", job.getId().toString())
                        .param("regionCode", fx.townshipA.getCode()).param("registered", "REGISTERED"))
                .andExpect(content().string(containsString("只能发给本辖区的人")));
        String location = mvc.perform(post("/console/broadcasts").session(village).with(csrf()).param("kind", "JOBS")
                        .param("title", "村里招工").param("jobIds", job.getId().toString())
                        .param("regionCode", fx.villageA.getCode()).param("registered", "REGISTERED"))
                .andExpect(redirectedUrlPattern("/console/broadcasts/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).session(village)).andExpect(content().string(containsString("乡镇工作人员审批后才发送")))
                .andExpect(content().string(not(containsString("审批发出"))));

        MockHttpSession town = login("towna");
        mvc.perform(get("/console").session(town)).andExpect(content().string(containsString("nav-badge")));
        mvc.perform(get("/console").session(login("townb"))).andExpect(content().string(not(containsString("nav-badge"))));
        mvc.perform(get(location).session(town)).andExpect(content().string(containsString("审批发出")));
        mvc.perform(post(location + "/approve").session(town).with(csrf())).andExpect(redirectedUrlPattern("/console/broadcasts/*"));
        assertThat(broadcasts.get(RegionScope.of(fx.townshipA), id).getStatus()).isEqualTo(BroadcastStatus.SCHEDULED);
        mvc.perform(get("/console").session(town)).andExpect(content().string(not(containsString("nav-badge"))));

        // The township's form offers only whom it may reach: no account serves a township here.
        mvc.perform(get("/console/broadcasts/new").session(town))
                .andExpect(content().string(containsString("value=\"REGISTERED\"")))
                .andExpect(content().string(not(containsString("value=\"UNREGISTERED\""))))
                .andExpect(content().string(not(containsString("value=\"ANY\""))));
    }

    @Test
    void onlyACountyAdminOtherThanTheAuthorApproves() throws Exception {
        Actor town = new Actor("towna_" + fx.tag, fx.townshipA.getPath(), null);
        Broadcast b = broadcasts.create(town, RegionScope.of(fx.townshipA), new BroadcastService.Draft(
                cn.laowu.core.broadcast.BroadcastKind.JOBS, "审批测试", null, java.util.List.of(job.getId()),
                fx.townshipA.getCode(), cn.laowu.core.broadcast.Registered.REGISTERED, false, false, null));
        assertThat(b.getStatus()).isEqualTo(BroadcastStatus.AWAITING_APPROVAL);
        // Its author cannot approve it (nor could the township: only its villages' notices).
        mvc.perform(get("/console/broadcasts/" + b.getId()).session(login("towna")))
                .andExpect(content().string(not(containsString("审批发出"))));
        mvc.perform(post("/console/broadcasts/" + b.getId() + "/approve").session(login("towna")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("不能审批自己发起的通知")));
        assertThat(broadcasts.get(RegionScope.of(fx.county), b.getId()).getStatus())
                .isEqualTo(BroadcastStatus.AWAITING_APPROVAL);
        mvc.perform(get("/console/broadcasts/" + b.getId()).session(login("county")))
                .andExpect(content().string(containsString("审批发出")));
        mvc.perform(post("/console/broadcasts/" + b.getId() + "/approve").session(login("county")).with(csrf()))
                .andExpect(redirectedUrlPattern("/console/broadcasts/*"));
        assertThat(broadcasts.get(RegionScope.of(fx.county), b.getId()).getStatus()).isEqualTo(BroadcastStatus.SCHEDULED);
    }
}
