package cn.laowu.bot.flow;

import cn.laowu.bot.bench.FaultRunFollower;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.WorkArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault run's follower script on one instance, with nothing failing: every step of it (registration,
 * complaint, application, fare claim with photos) finishes and stores its row. A dialog change that
 * breaks the script shows here, not as "unfinished" in a cluster run. Its 26 turns come faster than a
 * worker types: the per-follower rate limit (20 a minute) is raised, as it is not what this checks.
 */
@TestPropertySource(properties = "laowu.wechat.rate-per-minute=100")
class FaultRunScriptTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    cn.laowu.core.allowance.AllowanceCatalogue catalogue;
    @Autowired
    JobService jobs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSimulatedFollowerRegistersComplainsAppliesAndClaims() {
        // A 州 of its own with the seeded allowances, not the cluster's 433100: the test account's region, which,
        // once it exists, bounds every other chat test's village search.
        AllowanceRegions chain = AllowanceRegions.create(regions, catalogue, '3', nextRegionNumber(), "演练");
        String title = "演练" + chain.prefecture().getCode().substring(1, 4) + "号包装工";
        Actor clerk = new Actor("clerk", chain.county().getPath(), null);
        RegionScope scope = RegionScope.of(chain.county());
        Employer employer = jobs.vet(clerk, scope, jobs.createEmployer(clerk, scope,
                new JobService.NewEmployer(title + "厂", "浙江宁波", null, null)).getId(), "已考察");
        long job = jobs.publish(clerk, scope, jobs.createJob(clerk, scope, new JobService.JobDraft(employer.getId(), title,
                "物流", WorkArea.OUT_OF_PROVINCE, "浙江宁波", 450_000, 550_000, null, null, null, null, null, null, 500, false,
                null)).getId()).getId();

        String openid = newOpenid();
        FaultRunFollower follower = new FaultRunFollower(openid, new FaultRunFollower.Chat() {
            @Override
            public String say(String openid, String text) {
                return FaultRunScriptTest.this.say(openid, text).content();
            }

            @Override
            public String photo(String openid) {
                return image(openid, newMsgId()).content();
            }
        });
        follower.run("故障乙", randomIdNumber().value(), "13900007777", chain.village().getName(), title);

        assertThat(follower.registered).as(follower.lastTurns(6)).contains("登记好了");
        assertThat(follower.filed).as(follower.lastTurns(6)).contains("投诉已提交");
        assertThat(follower.applied).as(follower.lastTurns(6)).contains("报名成功");
        assertThat(follower.claimed).as(follower.lastTurns(6)).contains("已提交");
        Long worker = jdbc.queryForObject("SELECT worker_id FROM wx_follower WHERE appid = ? AND openid = ?", Long.class,
                APPID, openid);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE appid = ? AND openid = ? AND case_no IS NOT NULL",
                Long.class, APPID, openid)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_application WHERE job_id = ? AND worker_id = ?", Long.class,
                job, worker)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM allowance_claim WHERE worker_id = ?", Long.class, worker))
                .isEqualTo(1);
    }
}
