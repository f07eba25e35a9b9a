package cn.laowu.core.outpost;

import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.ApplicationStatusChanged;
import cn.laowu.core.job.JobService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 上岗 tells us where the worker works: the job's work place (when it names a destination place
 * we know) and its employer. In the transaction of the move, like the pipeline's other listeners.
 */
@Component
class WorkplaceFromPlacement {

    private final JobService jobs;
    private final WorkplaceService workplaces;

    WorkplaceFromPlacement(JobService jobs, WorkplaceService workplaces) {
        this.jobs = jobs;
        this.workplaces = workplaces;
    }

    @EventListener
    void on(ApplicationStatusChanged change) {
        if (change.to() != ApplicationStatus.PLACED) {
            return;
        }
        jobs.find(change.jobId()).ifPresent(job -> workplaces.recordText(change.workerId(), job.getWorkPlace(),
                jobs.employerName(job.getEmployerId()), WorkplaceSource.PLACEMENT));
    }
}
