package cn.laowu.core.application;

/**
 * Conditions over applications that other features embed in one statement (a broadcast's audience,
 * its answers): the table aliased {@code a}, the jobs always {@code :jobIds}. Only this package names it.
 */
public final class ApplicationSql {

    /** The worker in {@code workerIdColumn} has not applied to any of {@code :jobIds}. */
    public static String notAppliedTo(String workerIdColumn) {
        return "NOT EXISTS (SELECT 1 FROM job_application a WHERE a.worker_id = " + workerIdColumn
                + " AND a.job_id IN (:jobIds))";
    }

    /** Applications to {@code :jobIds} by the worker in {@code workerIdColumn}, made within 7 days after {@code atColumn}. */
    public static String joinAppliedWithinWeek(String workerIdColumn, String atColumn) {
        return "JOIN job_application a ON a.worker_id = " + workerIdColumn + " AND a.job_id IN (:jobIds) "
                + "AND a.created_at >= " + atColumn + " AND a.created_at < " + atColumn + " + INTERVAL 7 DAY";
    }

    /** What {@link #joinAppliedWithinWeek} counts: each application once. */
    public static final String COUNT_APPLICATIONS = "COUNT(DISTINCT a.id)";

    private ApplicationSql() {
    }
}
