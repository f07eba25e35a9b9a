package cn.laowu.bot.flow.jobs;

import cn.laowu.core.job.ApplicationService;
import cn.laowu.core.job.JobService;
import org.springframework.stereotype.Component;

/** Applies for a job from chat and says what came of it, in the worker's words. */
@Component
public class JobApplying {

    private final ApplicationService applications;
    private final JobService jobs;

    public JobApplying(ApplicationService applications, JobService jobs) {
        this.applications = applications;
        this.jobs = jobs;
    }

    public String apply(long workerId, long jobId) {
        String title = jobs.openJob(jobId).map(card -> card.job().getTitle()).orElse("这个岗位");
        ApplicationService.Outcome outcome;
        try {
            outcome = applications.apply(workerId, jobId, "WECHAT");
        } catch (ApplicationService.DuplicateApplication e) {
            outcome = new ApplicationService.Outcome.AlreadyApplied(applications.find(jobId, workerId));
        }
        return JobReplies.outcome(outcome, title);
    }
}
