package cn.laowu.admin.job;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationService.Outcome;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * 修改岗位 through HTTP: the edit is saved and audited field by field, applicants still on the way
 * hear of wage, place and date changes (a delivery queued per worker, once per edit), and bad
 * input, other townships, read-only roles and forms without a CSRF token change nothing.
 */
class JobEditConsoleTest extends ConsoleTestSupport {

    private static final String APPID = "wxjobedit0000001";

    @Autowired
    JobService jobService;
    @Autowired
    ApplicationService applicationService;
    @Autowired
    FollowerService followers;
    @Autowired
    JdbcTemplate jdbc;

    private Job job;
    private String openidA;
    private String openidB;

    @BeforeEach
    void publishedJobWithTwoApplicants() {
        Actor actor = new Actor(fx.user("towna"), fx.townshipA.getPath(), "127.0.0.1");
        RegionScope scope = RegionScope.of(fx.townshipA);
        Employer employer = jobService.createEmployer(actor, scope,
                new JobService.NewEmployer("修改测试电子厂" + fx.tag, "广东东莞", null, null));
        jobService.vet(actor, scope, employer.getId(), "已考察");
        job = jobService.createJob(actor, scope, new JobService.JobDraft(employer.getId(), "电子厂普工" + fx.tag,
                "电子制造", WorkArea.OUT_OF_PROVINCE, "广东东莞", 450_000, 600_000, "两班倒", "包吃包住", "五险",
                null, null, "身体健康", 30, false, LocalDate.of(2099, 12, 31)));
        job = jobService.publish(actor, scope, job.getId());
        openidA = follow(fx.workerA.getId());
        openidB = follow(fx.workerB.getId());
        apply(fx.workerA.getId());
        apply(fx.workerB.getId());
    }

    @Test
    void aWageChangeIsSavedAuditedAndToldToEachApplicantOnce() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(get("/console/jobs/" + job.getId()).session(a))
                .andExpect(content().string(containsString("/console/jobs/" + job.getId() + "/edit")));
        mvc.perform(get("/console/jobs/" + job.getId() + "/edit").session(a)).andExpect(status().isOk())
                .andExpect(content().string(containsString("修改岗位")))
                .andExpect(content().string(containsString("value=\"电子厂普工" + fx.tag + "\"")))
                .andExpect(content().string(containsString("value=\"4500\"")))
                .andExpect(content().string(containsString("修改测试电子厂")));

        mvc.perform(edit(a, form().with("wageMinYuan", "5000").with("wageMaxYuan", "6500").with("workPlace", "浙江宁波")))
                .andExpect(redirectedUrl("/console/jobs/" + job.getId()))
                .andExpect(flash().attribute("success", containsString("工作地点、月薪有改动")));
        Job saved = current();
        assertThat(saved.getWageMinFen()).isEqualTo(500_000L);
        assertThat(saved.getWageMaxFen()).isEqualTo(650_000L);
        assertThat(saved.getWorkPlace()).isEqualTo("浙江宁波");
        assertThat(saved.getHours()).isEqualTo("两班倒");

        Map<String, Object> entry = jdbc.queryForMap("SELECT action, before_data, after_data, actor FROM audit_log "
                + "WHERE entity_type = 'job' AND entity_id = ? AND action = 'UPDATE'", String.valueOf(job.getId()));
        assertThat(entry.get("actor")).isEqualTo(fx.user("towna"));
        assertThat((String) entry.get("before_data")).contains("月薪:4500-6000 元").contains("工作地点:广东东莞");
        assertThat((String) entry.get("after_data")).contains("月薪:5000-6500 元").contains("工作地点:浙江宁波");

        String told = "您报名的岗位「电子厂普工" + fx.tag + "」工作地点由 广东东莞 改为 浙江宁波;月薪由 4500-6000 元改为 5000-6500 元";
        assertThat(bodiesTo(openidA)).singleElement().asString().contains(told);
        assertThat(bodiesTo(openidB)).singleElement().asString().contains(told);

        // The same form submitted again (its version is spent): refused, nobody told twice.
        mvc.perform(edit(a, form().with("wageMinYuan", "5000").with("wageMaxYuan", "6500").with("workPlace", "浙江宁波")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("岗位刚被改过")));
        assertThat(bodiesTo(openidA)).hasSize(1);

        // Keyword search follows the new place.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_term WHERE job_id = ? AND term = '宁波'", Integer.class,
                job.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_term WHERE job_id = ? AND term = '东莞'", Integer.class,
                job.getId())).isEqualTo(1); // the employer is still in 东莞
    }

    @Test
    void aChangeOfOnlyTheDetailsIsAuditedButTellsNobody() throws Exception {
        MockHttpSession a = login("towna");
        applicationService.withdraw(fx.workerB.getId(), applicationService.find(job.getId(), fx.workerB.getId()).getId());
        mvc.perform(edit(a, form().with("hours", "长白班,每天8小时").with("healthRequirement", "")))
                .andExpect(redirectedUrl("/console/jobs/" + job.getId()))
                .andExpect(flash().attribute("success", containsString("工作时间、健康要求有改动")))
                .andExpect(flash().attribute("success", not(containsString("发消息"))));
        assertThat(current().getHours()).isEqualTo("长白班,每天8小时");
        assertThat(current().getHealthRequirement()).isNull();
        assertThat(jdbc.queryForObject("SELECT after_data FROM audit_log WHERE entity_type = 'job' AND entity_id = ? "
                + "AND action = 'UPDATE'", String.class, String.valueOf(job.getId())))
                .contains("工作时间:长白班,每天8小时").contains("健康要求:未填");
        assertThat(bodiesTo(openidA)).isEmpty();

        // A new end date is a date applicants decided on; the one who gave up is not told.
        mvc.perform(edit(a, form().with("version", String.valueOf(job.getVersion() + 1)).with("hours", "长白班,每天8小时").with("healthRequirement", "")
                        .with("endsOn", "2099-06-30")))
                .andExpect(flash().attribute("success", containsString("报名截止有改动")));
        assertThat(bodiesTo(openidA)).singleElement().asString()
                .contains("报名截止由 2099年12月31日 改为 2099年6月30日");
        assertThat(bodiesTo(openidB)).isEmpty();
    }

    @Test
    void badInputGetsAClearAnswerAndChangesNothing() throws Exception {
        MockHttpSession a = login("towna");
        mvc.perform(edit(a, form().with("title", "  "))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写岗位名称")))
                .andExpect(content().string(containsString("岗位没有改动")));
        mvc.perform(edit(a, form().with("wageMinYuan", "7000").with("wageMaxYuan", "5000"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("月薪范围不对")))
                .andExpect(content().string(containsString("value=\"7000\""))); // what was typed stays
        mvc.perform(edit(a, form().with("wageMinYuan", "五千"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("要填数字")));
        mvc.perform(edit(a, form().with("headcount", "0"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("招聘人数应在1到10000之间")));
        mvc.perform(edit(a, form().with("endsOn", "2020-01-01"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("截止日期不能早于今天")));
        Job unchanged = current();
        assertThat(unchanged.getTitle()).isEqualTo("电子厂普工" + fx.tag);
        assertThat(unchanged.getWageMinFen()).isEqualTo(450_000L);
        assertThat(unchanged.getHeadcount()).isEqualTo(30);
        assertThat(unchanged.getVersion()).isEqualTo(job.getVersion());
        assertThat(auditedEdits()).isZero();
        assertThat(bodiesTo(openidA)).isEmpty();
    }

    @Test
    void anotherTownshipGets404AndReadOnlyRolesAndFormsWithoutTokenAre403() throws Exception {
        MockHttpSession b = login("townb");
        mvc.perform(get("/console/jobs/" + job.getId() + "/edit").session(b)).andExpect(status().isNotFound());
        mvc.perform(edit(b, form().with("wageMinYuan", "1"))).andExpect(status().isNotFound());

        MockHttpSession leader = login("leader");
        mvc.perform(get("/console/jobs/" + job.getId()).session(leader))
                .andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(get("/console/jobs/" + job.getId() + "/edit").session(leader)).andExpect(status().isForbidden());
        mvc.perform(edit(leader, form().with("wageMinYuan", "1"))).andExpect(status().isForbidden());

        MockHttpSession a = login("towna");
        mvc.perform(post("/console/jobs/" + job.getId() + "/edit").session(a).params(form().with("wageMinYuan", "1")))
                .andExpect(status().isForbidden());

        assertThat(current().getWageMinFen()).isEqualTo(450_000L);
        assertThat(auditedEdits()).isZero();
        assertThat(bodiesTo(openidA)).isEmpty();

        // The county above the township may edit its job.
        mvc.perform(edit(login("county"), form().with("title", "县里改的名称")))
                .andExpect(redirectedUrl("/console/jobs/" + job.getId()));
        assertThat(current().getTitle()).isEqualTo("县里改的名称");
        assertThat(bodiesTo(openidA)).isEmpty(); // a new title alone is not a wage, place or date
    }

    // --- helpers ---------------------------------------------------------------------------

    private String follow(long workerId) {
        String openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, workerId);
        return openid;
    }

    private void apply(long workerId) {
        assertThat(applicationService.apply(workerId, job.getId(), "CONSOLE")).isInstanceOf(Outcome.Applied.class);
    }

    private Job current() {
        return jobService.job(RegionScope.of(fx.townshipA), job.getId());
    }

    private List<String> bodiesTo(String openid) {
        return jdbc.queryForList("SELECT body FROM delivery WHERE openid = ? AND source LIKE 'job:%:edit:%'",
                String.class, openid);
    }

    private int auditedEdits() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'job' AND entity_id = ? "
                + "AND action = 'UPDATE'", Integer.class, String.valueOf(job.getId()));
    }

    private MockHttpServletRequestBuilder edit(MockHttpSession session, Form form) {
        return post("/console/jobs/" + job.getId() + "/edit").session(session).with(csrf()).params(form);
    }

    /** The edit form as the page fills it from the job, before anything is changed. */
    private Form form() {
        Form form = new Form();
        form.add("version", String.valueOf(job.getVersion()));
        form.add("title", "电子厂普工" + fx.tag);
        form.add("industry", "电子制造");
        form.add("workArea", "OUT_OF_PROVINCE");
        form.add("workPlace", "广东东莞");
        form.add("wageMinYuan", "4500");
        form.add("wageMaxYuan", "6000");
        form.add("hours", "两班倒");
        form.add("foodLodging", "包吃包住");
        form.add("socialInsurance", "五险");
        form.add("healthRequirement", "身体健康");
        form.add("headcount", "30");
        form.add("endsOn", "2099-12-31");
        return form;
    }

    private static final class Form extends LinkedMultiValueMap<String, String> implements MultiValueMap<String, String> {
        Form with(String field, String value) {
            set(field, value);
            return this;
        }
    }
}
