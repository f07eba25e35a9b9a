package cn.laowu.core.training;

import java.time.LocalDate;

/**
 * A trainee's result was recorded as 结业 (published inside that transaction, like
 * ApplicationStatusChanged): allowances compute 生活补贴 and training subsidies from it, reading
 * the attendance through {@link TrainingRecords}.
 */
public record TrainingCompleted(long enrolmentId, long workerId, long courseId, CourseKind kind, String occupation,
                                CertificateLevel targetLevel, LocalDate startsOn, LocalDate endsOn,
                                LocalDate completedOn, int daysAttended) {
}
