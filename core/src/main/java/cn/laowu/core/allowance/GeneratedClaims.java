package cn.laowu.core.allowance;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.ApplicationStatusChanged;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Claims the records already prove, generated rather than typed: at 稳岗 (a year in the job,
 * confirmed by the 12-month follow-up) the broker's service subsidy and the employer's post
 * subsidy (training's are {@code allowance.training.TrainingClaims}). Runs inside the transaction
 * of the change that proves them.
 */
@Component
class GeneratedClaims {

    private final NewClaims newClaims;
    private final AllowanceCatalogue catalogue;
    private final ApplicationService applications;
    private final JobService jobs;
    private final PovertyCheck poverty;

    GeneratedClaims(NewClaims newClaims, AllowanceCatalogue catalogue, ApplicationService applications,
                    JobService jobs, PovertyCheck poverty) {
        this.poverty = poverty;
        this.newClaims = newClaims;
        this.catalogue = catalogue;
        this.applications = applications;
        this.jobs = jobs;
    }

    @EventListener
    void stable(ApplicationStatusChanged change) {
        if (change.to() != ApplicationStatus.STABLE) {
            return;
        }
        ApplicationService.Entry entry = applications.byIds(List.of(change.applicationId())).get(0);
        Worker worker = entry.worker();
        Job job = entry.job();
        String detail = worker.getName().charAt(0) + "某在「" + job.getTitle() + "」稳定就业满一年";
        for (AllowancePolicy policy : catalogue.inForce(worker.getHomeRegionPath())) {
            if (policy.getQualification() == Qualification.BROKER && entry.application().getBrokerId() != null) {
                newClaims.generate(policy, Claimant.BROKER, entry.application().getBrokerId(), worker,
                        change.applicationId(), "application:" + change.applicationId(), policy.getAmountFen(), detail);
            }
            if (policy.getQualification() == Qualification.EMPLOYER && employerQualifies(policy, worker, job)) {
                newClaims.generate(policy, Claimant.EMPLOYER, job.getEmployerId(), worker, change.applicationId(),
                        "application:" + change.applicationId(), policy.getAmountFen(), detail);
            }
        }
    }

    /**
     * 企业岗位补贴: a 建档立卡 worker, in a job inside the prefecture, at an employer the region's offices
     * registered, with social insurance recorded on the job. The contract is checked by the reviewer
     * (the fraud checks flag a claim whose placement has no contract photo on record).
     */
    private boolean employerQualifies(AllowancePolicy policy, Worker worker, Job job) {
        if (!poverty.qualifies(worker)
                || job.getWorkArea() != WorkArea.IN_PREFECTURE && job.getWorkArea() != WorkArea.IN_COUNTY) {
            return false;
        }
        String insurance = job.getSocialInsurance() == null ? "" : job.getSocialInsurance().trim();
        if (insurance.isEmpty() || insurance.startsWith("无") || insurance.startsWith("不")) {
            return false;
        }
        try {
            jobs.employer(new RegionScope(policy.getRegionPath()), job.getEmployerId());
            return true;
        } catch (NotFoundInScope outside) {
            return false;
        }
    }
}
