package cn.laowu.core.training;

import java.time.LocalDate;

/**
 * A certificate was recorded for a trainee who completed a course (inside that transaction): the
 * 职业资格证书补助 (1500 元 for ≥ 6 months of training ending with 初级/中级) starts here.
 */
public record CertificateIssued(long enrolmentId, long workerId, long courseId, String occupation,
                                CertificateLevel level, String serial, LocalDate issuedOn, LocalDate startsOn,
                                LocalDate endsOn) {
}
