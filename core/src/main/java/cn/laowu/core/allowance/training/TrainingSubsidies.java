package cn.laowu.core.allowance.training;

import cn.laowu.core.training.CertificateIssued;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.TrainingCompleted;
import cn.laowu.core.training.TrainingRecords;
import cn.laowu.core.training.TrainingRecords.TrainingRecord;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What the training records earn: the 培训生活补贴 from the days attended of a pre-employment
 * course (004 第十七条: that kind only), the 证书补助 from a 初级/中级 certificate after months of
 * training, and the 职业技能培训补贴 at the region's standard for the course's occupation and level
 * (at 结业, or at the certificate where the standard asks for one). Runs in the transaction that
 * recorded the completion or certificate; a claim generated twice is one claim.
 */
@Component
class TrainingSubsidies {

    private final TrainingClaims generated;
    private final TrainingRecords records;

    TrainingSubsidies(TrainingClaims generated, TrainingRecords records) {
        this.generated = generated;
        this.records = records;
    }

    @EventListener
    void completed(TrainingCompleted done) {
        if (done.kind() == CourseKind.PRE_EMPLOYMENT) {
            generated.attended(new TrainingAttended(done.workerId(), String.valueOf(done.courseId()),
                    done.occupation(), done.daysAttended()));
        }
        record(done.enrolmentId(), done.workerId(), done.courseId()).ifPresent(generated::trained);
    }

    @EventListener
    void certified(CertificateIssued certificate) {
        int months = (int) ChronoUnit.MONTHS.between(certificate.startsOn(), certificate.endsOn().plusDays(1));
        generated.certified(new CertificateEarned(certificate.workerId(), String.valueOf(certificate.courseId()),
                certificate.serial(), certificate.level(), months));
        record(certificate.enrolmentId(), certificate.workerId(), certificate.courseId()).ifPresent(generated::trained);
    }

    /** The enrolment's records, if they are the event's (a stale or foreign id earns nothing). */
    private Optional<TrainingRecord> record(long enrolmentId, long workerId, long courseId) {
        return records.record(enrolmentId).filter(r -> r.workerId() == workerId && r.courseId() == courseId);
    }
}
