package cn.laowu.core.application;

/**
 * Conditions over applications that other features embed in one statement (a broadcast's audience,
 * its answers): the table aliased {@code a}, the jobs always {@code :jobIds}. Only this package names it.
 */
public final class ApplicationSql {

    /** Applications as a FROM item. */
    public static final String FROM = "job_application a";
    /** Ids of applications placed and not ended: 上岗 or 跟踪服务. */
    public static final String ACTIVE_PLACEMENT_IDS = "SELECT id FROM job_application WHERE status IN ('PLACED','FOLLOW_UP')";
    /** Placed at or after the first {@code ?} and before the second. */
    public static final String PLACED_BETWEEN = "a.placed_at >= ? AND a.placed_at < ?";
    public static final String ID = "a.id";
    public static final String WORKER_ID = "a.worker_id";
    public static final String JOB_ID = "a.job_id";
    public static final String PLACED_AT = "a.placed_at";
    /** The worker's home region kept on the application: always the worker's current one (V75). */
    public static final String HOME_PATH = "a.home_region_path";

    /** The worker in {@code workerIdColumn} was placed within 3 months after the date in {@code dateColumn}. */
    public static String placedWithin3MonthsOf(String workerIdColumn, String dateColumn) {
        return "EXISTS (SELECT 1 FROM job_application a WHERE a.worker_id = " + workerIdColumn + " AND a.placed_at >= "
                + dateColumn + " AND a.placed_at < DATE_ADD(" + dateColumn + ", INTERVAL 3 MONTH))";
    }

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
