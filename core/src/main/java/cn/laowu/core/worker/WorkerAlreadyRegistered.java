package cn.laowu.core.worker;

/** One person, one record: the ID number is already in the archive. */
public class WorkerAlreadyRegistered extends RuntimeException {

    private final long existingWorkerId;

    public WorkerAlreadyRegistered(long existingWorkerId) {
        super("ID number already registered as worker " + existingWorkerId);
        this.existingWorkerId = existingWorkerId;
    }

    public long existingWorkerId() {
        return existingWorkerId;
    }
}
