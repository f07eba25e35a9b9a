package cn.laowu.core.allowance;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.ApplicationStatusChanged;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.training.TrainingRecords.TrainingRecord;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Claims the records already prove, generated rather than typed: at 稳岗 (a year in the job,
 * confirmed by the 12-month follow-up) the broker's service subsidy and the employer's post
 * subsidy; from the training feature's events the training living subsidy and the certificate
 * subsidy. All run inside the transaction of the change that proves them.
 */
@Component
class GeneratedClaims {

    private final AllowanceClaims claims;
    private final AllowanceCatalogue catalogue;
    private final ApplicationService applications;
    private final JobService jobs;
    private final WorkerService workers;
    private final TrainingStandards standards;
    private final PovertyCheck poverty;

    GeneratedClaims(AllowanceClaims claims, AllowanceCatalogue catalogue, ApplicationService applications,
                    JobService jobs, WorkerService workers, TrainingStandards standards, PovertyCheck poverty) {
        this.poverty = poverty;
        this.standards = standards;
        this.claims = claims;
        this.catalogue = catalogue;
        this.applications = applications;
        this.jobs = jobs;
        this.workers = workers;
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
                claims.generate(policy, Claimant.BROKER, entry.application().getBrokerId(), worker,
                        change.applicationId(), "application:" + change.applicationId(), policy.getAmountFen(), detail);
            }
            if (policy.getQualification() == Qualification.EMPLOYER && employerQualifies(policy, worker, job)) {
                claims.generate(policy, Claimant.EMPLOYER, job.getEmployerId(), worker, change.applicationId(),
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

    /** From the training feature: attendance made final for a course. */
    @EventListener
    @Transactional
    public void attended(TrainingAttended event) {
        Worker worker = workers.find(event.workerId()).orElse(null);
        if (worker == null || !poverty.qualifies(worker) || event.daysAttended() <= 0) {
            return;
        }
        catalogue.inForce(worker.getHomeRegionPath()).stream()
                .filter(p -> p.getQualification() == Qualification.POVERTY_TRAINEE)
                .forEach(p -> claims.generate(p, Claimant.WORKER, worker.getId(), worker, null,
                        "course:" + event.courseKey(), AllowanceRules.amount(p, null, null, event.daysAttended()),
                        "「" + event.courseName() + "」培训出勤" + event.daysAttended() + "天"));
    }

    /** From the training feature: a certificate recorded after the course. */
    @EventListener
    @Transactional
    public void certified(CertificateEarned event) {
        Worker worker = workers.find(event.workerId()).orElse(null);
        if (worker == null || !poverty.qualifies(worker)) {
            return;
        }
        for (AllowancePolicy p : catalogue.inForce(worker.getHomeRegionPath())) {
            if (p.getQualification() != Qualification.POVERTY_CERTIFIED) {
                continue;
            }
            TrainingSubsidyRules.Line line = TrainingSubsidyRules.certificate(true, event.level(), event.trainingMonths(), p);
            if (line.fen() > 0) {
                claims.generate(p, Claimant.WORKER, worker.getId(), worker, null, "course:" + event.courseKey(),
                        line.fen(), "培训" + event.trainingMonths() + "个月取得" + event.level().label() + "证书("
                                + event.certificateNo() + ")");
            }
        }
    }

    /**
     * From the training feature: a course completed (and certified, where the standard asks for it).
     * The 职业技能培训补贴 of the course's region, at its standard for the occupation and level, is
     * generated for any trainee, 建档立卡 or not; the detail shows the computation.
     */
    @Transactional
    public void trained(TrainingRecord record) {
        Worker worker = workers.find(record.workerId()).orElse(null);
        if (worker == null) {
            return;
        }
        AllowancePolicy policy = catalogue.inForce(record.regionPath()).stream()
                .filter(p -> p.getQualification() == Qualification.TRAINEE).findFirst().orElse(null);
        if (policy == null) {
            return;
        }
        TrainingSubsidyRules.Trainee trainee = TrainingSubsidyRules.Trainee.of(record,
                Boolean.TRUE.equals(worker.getPovertyRegistered()));
        TrainingStandard standard = standards.find(record.regionPath(), record.occupation(), trainee.level()).orElse(null);
        TrainingSubsidyRules.Line line = TrainingSubsidyRules.training(trainee, policy, standard);
        if (line.fen() <= 0) {
            return;
        }
        if (standard.recipient(record.courseFree()) == SubsidyRecipient.INSTITUTION) {
            // The trainee paid nothing: the institution is paid, per trainee, and the worker is not told it is theirs.
            claims.generate(policy, Claimant.INSTITUTION, record.institutionId(), worker, null,
                    "course:" + record.courseId() + ":worker:" + worker.getId(), line.fen(),
                    "「" + record.courseTitle() + "」" + line.how() + ",免费培训,发给" + record.institutionName());
        } else {
            claims.generate(policy, Claimant.WORKER, worker.getId(), worker, null, "course:" + record.courseId(),
                    line.fen(), "「" + record.courseTitle() + "」" + line.how());
        }
    }
}
