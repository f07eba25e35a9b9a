package cn.laowu.core.allowance;

import cn.laowu.core.training.CertificateIssued;
import cn.laowu.core.training.CourseKind;
import cn.laowu.core.training.TrainingCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.temporal.ChronoUnit;

/**
 * What the training records earn: the 培训生活补贴 from the days attended of a pre-employment
 * course (004 第十七条: that kind only), and the 证书补助 from a certificate after months of
 * training. Runs in the transaction that recorded the completion or certificate.
 */
@Component
class TrainingSubsidies {

    private final GeneratedClaims generated;

    TrainingSubsidies(GeneratedClaims generated) {
        this.generated = generated;
    }

    @EventListener
    void completed(TrainingCompleted done) {
        if (done.kind() == CourseKind.PRE_EMPLOYMENT) {
            generated.attended(new TrainingAttended(done.workerId(), String.valueOf(done.courseId()),
                    done.occupation(), done.daysAttended()));
        }
    }

    @EventListener
    void certified(CertificateIssued certificate) {
        int months = (int) ChronoUnit.MONTHS.between(certificate.startsOn(), certificate.endsOn().plusDays(1));
        generated.certified(new CertificateEarned(certificate.workerId(), String.valueOf(certificate.courseId()),
                certificate.serial(), months));
    }
}
