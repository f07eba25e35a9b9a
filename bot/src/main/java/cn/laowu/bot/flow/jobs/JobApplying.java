package cn.laowu.bot.flow.jobs;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.job.JobService;
import org.springframework.stereotype.Component;

/**
 * Applies for a job from chat and says what came of it, in the worker's words. The broker who
 * brought this follower (within the attribution window) is credited with the application.
 */
@Component
public class JobApplying {

    private final ApplicationService applications;
    private final JobService jobs;
    private final BrokerService brokers;

    public JobApplying(ApplicationService applications, JobService jobs, BrokerService brokers) {
        this.applications = applications;
        this.jobs = jobs;
        this.brokers = brokers;
    }

    public String apply(DialogContext ctx, long workerId, long jobId) {
        String title = jobs.openJob(jobId).map(card -> card.job().getTitle()).orElse("这个岗位");
        Long broker = brokers.currentBroker(ctx.appid(), ctx.openid()).orElse(null);
        ApplicationService.Outcome outcome;
        try {
            outcome = applications.apply(workerId, jobId, "WECHAT", broker);
        } catch (ApplicationService.DuplicateApplication e) {
            outcome = new ApplicationService.Outcome.AlreadyApplied(applications.find(jobId, workerId));
        }
        return JobReplies.outcome(outcome, title);
    }
}
