package cn.laowu.core.allowance.training;

import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.allowance.Claimant;
import cn.laowu.core.allowance.NewClaims;
import cn.laowu.core.allowance.PovertyCheck;
import cn.laowu.core.allowance.Qualification;
import cn.laowu.core.training.TrainingRecords.TrainingRecord;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims training earns, generated rather than typed: the training living subsidy from days
 * attended, the certificate subsidy, and the 职业技能培训补贴 at the region's standard. Each runs
 * inside the transaction of the change that proves it; a claim generated twice is one claim.
 */
@Component
public class TrainingClaims {

    private final NewClaims newClaims;
    private final AllowanceCatalogue catalogue;
    private final WorkerService workers;
    private final TrainingStandards standards;
    private final PovertyCheck poverty;

    TrainingClaims(NewClaims newClaims, AllowanceCatalogue catalogue, WorkerService workers,
                   TrainingStandards standards, PovertyCheck poverty) {
        this.newClaims = newClaims;
        this.catalogue = catalogue;
        this.workers = workers;
        this.standards = standards;
        this.poverty = poverty;
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
                .forEach(p -> newClaims.generate(p, Claimant.WORKER, worker.getId(), worker, null,
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
                newClaims.generate(p, Claimant.WORKER, worker.getId(), worker, null, "course:" + event.courseKey(),
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
            newClaims.generate(policy, Claimant.INSTITUTION, record.institutionId(), worker, null,
                    "course:" + record.courseId() + ":worker:" + worker.getId(), line.fen(),
                    "「" + record.courseTitle() + "」" + line.how() + ",免费培训,发给" + record.institutionName());
        } else {
            newClaims.generate(policy, Claimant.WORKER, worker.getId(), worker, null, "course:" + record.courseId(),
                    line.fen(), "「" + record.courseTitle() + "」" + line.how());
        }
    }
}
