package cn.laowu.core.allowance;

/**
 * A trainee's certificate recorded (from the training feature, through {@link TrainingSubsidies}):
 * the 职业资格证书补助 is generated when the training lasted the months the policy asks for.
 */
public record CertificateEarned(long workerId, String courseKey, String certificateNo, int trainingMonths) {
}
