package cn.laowu.core.application;

import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.core.worker.WorkerSql;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Component;

/**
 * Which applications a clerk's office reaches: every one on its own jobs, and its residents' on
 * other offices' jobs (a township follows up its own villagers wherever they were placed).
 */
@Component
class ApplicationScope {

    /** Applications of the people living in the scope ({0} = path prefix). */
    static final String RESIDENTS = "worker_id IN (" + WorkerSql.residentIds("{0}") + ")";

    private final JobApplicationMapper applications;
    private final JobService jobs;
    private final WorkerService workers;

    ApplicationScope(JobApplicationMapper applications, JobService jobs, WorkerService workers) {
        this.applications = applications;
        this.jobs = jobs;
        this.workers = workers;
    }

    /** Narrows {@code query} to the scope's residents unless the office owns the job. */
    static LambdaQueryWrapper<JobApplication> residentsUnlessOwner(LambdaQueryWrapper<JobApplication> query,
                                                                 ApplicationService.JobAccess access, RegionScope scope) {
        return query.apply(!access.owner(), RESIDENTS, scope.likePattern());
    }

    /**
     * The job's office owns it; otherwise the scope reaches it only through an application of
     * someone living there. Anything else answers 404, like a job that does not exist.
     */
    ApplicationService.JobAccess access(RegionScope scope, long jobId) {
        try {
            return new ApplicationService.JobAccess(jobs.job(scope, jobId), true);
        } catch (NotFoundInScope notOurs) {
            boolean residentsApplied = applications.exists(new LambdaQueryWrapper<JobApplication>()
                    .eq(JobApplication::getJobId, jobId).apply(RESIDENTS, scope.likePattern()));
            if (!residentsApplied) {
                throw notOurs;
            }
            return new ApplicationService.JobAccess(jobs.find(jobId).orElseThrow(() -> notOurs), false);
        }
    }

    /**
     * One application the clerk's office may work on, with its job and worker: any of its own jobs',
     * or one of its residents' on another office's job (the rule of {@link #access}).
     */
    ApplicationService.Entry get(RegionScope scope, long applicationId) {
        JobApplication application = applications.selectById(applicationId);
        if (application == null) {
            throw new NotFoundInScope("Application");
        }
        ApplicationService.JobAccess access = access(scope, application.getJobId());
        Worker worker = workers.find(application.getWorkerId()).orElse(null);
        if (!access.owner() && (worker == null || !scope.covers(worker.getHomeRegionPath()))) {
            throw new NotFoundInScope("Application");
        }
        return new ApplicationService.Entry(application, access.job(), worker);
    }
}
