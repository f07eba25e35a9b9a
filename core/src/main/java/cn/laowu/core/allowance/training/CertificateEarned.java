package cn.laowu.core.allowance.training;

import cn.laowu.core.training.CertificateLevel;

/**
 * A trainee's certificate recorded (from the training feature, through {@link TrainingSubsidies}):
 * the 职业资格证书补助 is generated when the training lasted the months the policy asks for and the
 * certificate is 初级 or 中级.
 */
public record CertificateEarned(long workerId, String courseKey, String certificateNo, CertificateLevel level,
                                int trainingMonths) {
}
