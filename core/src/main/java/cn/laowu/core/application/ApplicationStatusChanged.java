package cn.laowu.core.application;

/**
 * Published (inside the transaction; listeners act after commit) whenever an application moves,
 * so the worker can be told. {@code note} is the clerk's reason or remark, if any; {@code actor}
 * who made the move ({@link #WORKER} when the worker did, in the chat). {@code appointment} is
 * set when the move came with a time and place (资格审查, 体检): the application feature has then
 * told the worker itself, with the time and place, and the usual notice would only repeat it.
 */
public record ApplicationStatusChanged(long applicationId, long workerId, long jobId, String jobTitle,
                                       ApplicationStatus from, ApplicationStatus to, String note, String actor,
                                       Appointment appointment) {

    public static final String WORKER = "worker";

    public ApplicationStatusChanged(long applicationId, long workerId, long jobId, String jobTitle,
                                    ApplicationStatus from, ApplicationStatus to, String note, String actor) {
        this(applicationId, workerId, jobId, jobTitle, from, to, note, actor, null);
    }

    public boolean byWorker() {
        return WORKER.equals(actor);
    }
}
