package cn.laowu.core.allowance;

/**
 * Published by the training feature (not built yet) when a course's attendance is final: the
 * 培训生活补贴 is generated from it, at the policy's rate per day attended. Publish it inside the
 * transaction that closes the course.
 *
 * @param courseKey identifies the course (one subsidy per worker per course)
 */
public record TrainingAttended(long workerId, String courseKey, String courseName, int daysAttended) {
}
