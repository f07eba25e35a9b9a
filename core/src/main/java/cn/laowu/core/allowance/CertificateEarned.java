package cn.laowu.core.allowance;

/**
 * Published by the training feature (not built yet) when a trainee's certificate is recorded:
 * the 职业资格证书补助 is generated when the training lasted the months the policy asks for.
 */
public record CertificateEarned(long workerId, String courseKey, String certificateNo, int trainingMonths) {
}
