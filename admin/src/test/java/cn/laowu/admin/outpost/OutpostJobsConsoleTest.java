package cn.laowu.admin.outpost;

import cn.laowu.admin.ConsoleFixture;
import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broadcast.Broadcast;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobStatus;
import cn.laowu.core.outpost.NewOutpost;
import cn.laowu.core.outpost.Outpost;
import cn.laowu.core.outpost.OutpostJobs;
import cn.laowu.core.outpost.OutpostRole;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.outpost.WorkplaceService;
import cn.laowu.core.outpost.WorkplaceSource;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 转岗换岗 at the outpost's desk through the real security chain: collecting a job, a job notice to the area. */
class OutpostJobsConsoleTest extends ConsoleTestSupport {

    @Autowired
    OutpostService outposts;
    @Autowired
    OutpostJobs outpostJobs;
    @Autowired
    JobService jobs;
    @Autowired
    BroadcastService broadcasts;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    FollowerService followers;
    @Autowired
    JdbcTemplate jdbc;

    private Outpost outpost;
    private Actor admin;

    @BeforeEach
    void anOutpostWithItsStaff() {
        admin = new Actor("admin", fx.prefecture.getPath(), null);
        outpost = outposts.create(admin, RegionScope.of(fx.prefecture), new NewOutpost("驻大岭山服务站",
                fx.prefecture.getCode(), "大岭山某路", "0769-85550002", null, null, null, null, List.of("441900118")));
        staff.bootstrap(fx.user("outpost"), "驻外员", StaffRole.OUTPOST_STAFF, fx.prefecture.getCode(),
                ConsoleFixture.PASSWORD, false);
        long staffId = staff.findByUsername(fx.user("outpost")).orElseThrow().getId();
        jdbc.update("INSERT INTO outpost_staff (staff_account_id, outpost_id, role) VALUES (?, ?, ?)", staffId,
                outpost.id(), OutpostRole.STAFF.name());
    }

    @AfterEach
    void closeIt() {
        outposts.close(admin, RegionScope.of(fx.prefecture), outpost.id());
    }

    @Test
    void staffCollectAJobInTheirAreaWhichTheZhouVetsAndBadInputIsRefusedWithAReason() throws Exception {
        MockHttpSession desk = login("outpost");
        long before = collectedCount();
        mvc.perform(collect(desk, "宁波北仑").with(csrf()))
                .andExpect(flash().attribute("error", containsString("不在本中心的服务区域(东莞市大岭山镇)内")));
        mvc.perform(collect(desk, "东莞大岭山", "3000").with(csrf()))
                .andExpect(flash().attribute("error", containsString("月薪范围不对")));
        mvc.perform(collect(desk, "东莞大岭山")).andExpect(status().isForbidden());
        assertThat(collectedCount()).isEqualTo(before);

        mvc.perform(collect(desk, "东莞大岭山").with(csrf()))
                .andExpect(flash().attribute("success", containsString("交州县考察企业、审核发布")));
        long jobId = jdbc.queryForObject("SELECT MAX(job_id) FROM outpost_job WHERE outpost_id = ?", Long.class, outpost.id());
        RegionScope zhou = RegionScope.of(fx.prefecture);
        Job job = jobs.job(zhou, jobId);
        assertThat(job.getStatus()).as("a draft for the 州 to vet").isEqualTo(JobStatus.DRAFT);
        assertThat(outpostJobs.sourceOf(jobId)).map(Outpost::name).contains("驻大岭山服务站");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND entity_type = 'job' AND entity_id = ?",
                Long.class, fx.user("outpost"), jobId)).isEqualTo(1);
        mvc.perform(get("/console/outpost/jobs").session(desk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("collected-" + jobId)))
                .andExpect(content().string(containsString("本地区还没有审核发布")));

        // Not offered until the 州 vets the employer and publishes the job, as any job.
        assertThat(outpostJobs.openInArea(outposts.scopeOf(staffId()).orElseThrow())).isEmpty();
        jobs.vet(admin, zhou, job.getEmployerId(), "电话核实");
        jobs.publish(admin, zhou, jobId);
        mvc.perform(get("/console/outpost/jobs").session(desk)).andExpect(content().string(containsString("pick-" + jobId)));
    }

    @Test
    void aJobNoticeIsPreviewedAndSentAsABroadcastOfTheOfficeNarrowedToTheArea() throws Exception {
        RegionScope zhou = RegionScope.of(fx.prefecture);
        var employer = jobs.vet(admin, zhou, jobs.createEmployer(admin, zhou,
                new JobService.NewEmployer("大岭山某家具厂" + fx.tag, "东莞大岭山", null, null)).getId(), "已考察");
        Job job = jobs.publish(admin, zhou, jobs.createJob(admin, zhou, new JobService.JobDraft(employer.getId(), "打磨工",
                "家具", cn.laowu.core.worker.WorkArea.OUT_OF_PROVINCE, "东莞大岭山", 500_000, 650_000, null, null, null,
                null, null, null, 5, false, null)).getId());
        Job elsewhere = jobs.publish(admin, zhou, jobs.createJob(admin, zhou, new JobService.JobDraft(employer.getId(),
                "外地岗", "家具", cn.laowu.core.worker.WorkArea.OUT_OF_PROVINCE, "宁波北仑", 500_000, 650_000, null, null,
                null, null, null, null, 5, false, null)).getId());
        workplaces.recordText(fx.workerA.getId(), "东莞大岭山", null, WorkplaceSource.CHAT);
        followers.subscribed("wxtest0000000001", "odls" + fx.tag, null);
        followers.bindWorker("wxtest0000000001", "odls" + fx.tag, fx.workerA.getId());

        MockHttpSession desk = login("outpost");
        mvc.perform(post("/console/outpost/notices/preview").session(desk).with(csrf()).param("title", "本地岗位")
                        .param("jobIds", String.valueOf(elsewhere.getId())))
                .andExpect(flash().attribute("error", containsString("不是本地区经州县审核")));
        mvc.perform(post("/console/outpost/notices/preview").session(desk).with(csrf()).param("title", "本地岗位")
                        .param("jobIds", String.valueOf(job.getId()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("将发给 <strong>1</strong> 人")))
                .andExpect(content().string(containsString("打磨工")));
        mvc.perform(post("/console/outpost/notices").session(desk).param("title", "本地岗位")
                .param("jobIds", String.valueOf(job.getId()))).andExpect(status().isForbidden());
        mvc.perform(post("/console/outpost/notices").session(desk).with(csrf()).param("title", "本地岗位")
                        .param("jobIds", String.valueOf(job.getId())))
                .andExpect(flash().attribute("success", containsString("已排队发送,共 1 人")));
        Broadcast b = broadcasts.list(zhou, 5).get(0);
        assertThat(b.getAudienceNarrowing()).isEqualTo("outpost:" + outpost.id());
        assertThat(b.getCreatedBy()).isEqualTo(fx.user("outpost"));
        mvc.perform(get("/console/outpost/jobs").session(desk)).andExpect(content().string(containsString("本地岗位")));
        // The office's broadcast console is not the outpost's.
        mvc.perform(get("/console/broadcasts").session(desk)).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder collect(MockHttpSession session,
                                                                                              String place) {
        return collect(session, place, "6000");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder collect(MockHttpSession session,
                                                                                              String place, String wageMax) {
        return post("/console/outpost/jobs").session(session).param("employerName", "某模具厂" + fx.tag)
                .param("employerAddress", "东莞").param("contact", "王经理 0769-1").param("title", "模具学徒")
                .param("industry", "制造").param("workPlace", place).param("wageMinYuan", "4500")
                .param("wageMaxYuan", wageMax).param("headcount", "5");
    }

    private long collectedCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outpost_job WHERE outpost_id = ?", Long.class, outpost.id());
    }

    private long staffId() {
        return staff.findByUsername(fx.user("outpost")).orElseThrow().getId();
    }
}
