package cn.laowu.core.allowance.training;

/**
 * A course's attendance made final (from the training feature, through {@link TrainingSubsidies}): the
 * 培训生活补贴 is generated from it, at the policy's rate per day attended.
 *
 * @param courseKey identifies the course (one subsidy per worker per course)
 */
public record TrainingAttended(long workerId, String courseKey, String courseName, int daysAttended) {
}
