package cn.laowu.core.job;

/**
 * Published (inside the transaction; listeners act after commit) whenever an application moves,
 * so the worker can be told. {@code note} is the clerk's reason or remark, if any.
 */
public record ApplicationStatusChanged(long applicationId, long workerId, long jobId, String jobTitle,
                                       ApplicationStatus from, ApplicationStatus to, String note) {
}
