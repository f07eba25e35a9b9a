package cn.laowu.core.complaint;

import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.JobApplication;
import cn.laowu.core.application.TransitionRule;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.support.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Sending people (集中输送) or recording them at work (已上岗) with an employer that has an open wage
 * case needs a stated reason: the note is kept with each move and in the audit record.
 */
@Component
class WageCaseDispatchRule implements TransitionRule {

    private final EmployerHold hold;
    private final ObjectProvider<JobService> jobs;

    WageCaseDispatchRule(EmployerHold hold, ObjectProvider<JobService> jobs) {
        this.hold = hold;
        this.jobs = jobs;
    }

    @Override
    public void check(JobApplication application, ApplicationStatus to) {
        check(application, to, null);
    }

    @Override
    public void check(JobApplication application, ApplicationStatus to, String note) {
        if ((to != ApplicationStatus.DISPATCH && to != ApplicationStatus.PLACED) || (note != null && !note.isBlank())) {
            return;
        }
        Job job = jobs.getObject().find(application.getJobId()).orElse(null);
        if (job == null) {
            return;
        }
        List<String> open = hold.concerns(job.getEmployerId());
        if (!open.isEmpty()) {
            throw new RuleViolation("这家企业" + open.get(0) + "。仍要办理「" + to.label()
                    + "」,请在备注里写明理由(会记录在案)。");
        }
    }
}
