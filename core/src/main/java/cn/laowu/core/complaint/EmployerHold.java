package cn.laowu.core.complaint;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.EmployerConcern;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.PublishRule;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An employer with open wage-arrears cases cannot have new jobs published until a county admin
 * has looked into it and cleared it; a case filed after the clearance holds it again.
 */
@Component
public class EmployerHold implements PublishRule, EmployerConcern {

    private static final String OPEN_WAGE_CASES = "SELECT COUNT(*) FROM complaint c WHERE c.employer_id = ? AND c.kind = 'WAGE' "
            + "AND c.status NOT IN ('CONCLUDED', 'CLOSED') AND c.created_at > COALESCE((SELECT MAX(k.cleared_at) "
            + "FROM complaint_employer_clearance k WHERE k.employer_id = c.employer_id), '1970-01-01')";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JobService> jobs;
    private final AuditLog audit;
    private final Clock clock;

    /** The job service is looked up when clearing: it holds this rule, so it cannot be built before it. */
    public EmployerHold(JdbcTemplate jdbc, ObjectProvider<JobService> jobs, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open wage cases holding the employer now (0: free to publish). */
    public long openWageCases(long employerId) {
        Long count = jdbc.queryForObject(OPEN_WAGE_CASES, Long.class, employerId);
        return count == null ? 0 : count;
    }

    /** Every open wage case, cleared for publishing or not: a clerk sending people there must know. */
    @Override
    public List<String> concerns(long employerId) {
        List<String> open = jdbc.queryForList("SELECT case_no FROM complaint WHERE employer_id = ? AND kind = 'WAGE' "
                + "AND status NOT IN ('CONCLUDED', 'CLOSED') ORDER BY id", String.class, employerId);
        return open.isEmpty() ? List.of()
                : List.of("有" + open.size() + "件未办结的欠薪投诉(" + String.join("、", open) + ")");
    }

    @Override
    public void check(Employer employer) {
        long open = openWageCases(employer.getId());
        if (open > 0) {
            throw new RuleViolation("企业「" + employer.getName() + "」有" + open
                    + "件未办结的欠薪投诉,县级管理员核实放行后才能发布新岗位。");
        }
    }

    /** The county admin's clearance, with what they found (the console checks the role). */
    @Transactional
    public void clear(Actor actor, RegionScope scope, long employerId, String reason) {
        Employer employer = jobs.getObject().employer(scope, employerId);
        String why = Text.required(reason, "放行理由", 255);
        if (openWageCases(employerId) == 0) {
            throw new RuleViolation("该企业没有待核实的欠薪投诉。");
        }
        jdbc.update("INSERT INTO complaint_employer_clearance (employer_id, cleared_at, cleared_by, reason) VALUES (?, ?, ?, ?)",
                employerId, LocalDateTime.now(clock), actor.username(), why);
        audit.record(actor, "CLEAR_EMPLOYER", "employer", employerId, "欠薪投诉暂停发布", employer.getName() + " 放行:" + why);
    }
}
