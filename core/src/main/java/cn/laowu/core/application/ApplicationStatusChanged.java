package cn.laowu.core.application;

/**
 * Published (inside the transaction; listeners act after commit) whenever an application moves,
 * so the worker can be told. {@code note} is the clerk's reason or remark, if any; {@code actor}
 * who made the move ({@link #WORKER} when the worker did, in the chat).
 */
public record ApplicationStatusChanged(long applicationId, long workerId, long jobId, String jobTitle,
                                       ApplicationStatus from, ApplicationStatus to, String note, String actor) {

    public static final String WORKER = "worker";

    public boolean byWorker() {
        return WORKER.equals(actor);
    }
}
