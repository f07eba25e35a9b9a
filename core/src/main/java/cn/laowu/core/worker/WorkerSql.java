package cn.laowu.core.worker;

/**
 * Conditions over the worker table that other features embed in one statement where a call per
 * worker would cost a query each (an audience, a scope filter). The table is aliased {@code w};
 * only this package names it or its columns.
 */
public final class WorkerSql {

    /** Registered workers' rows beside a follower or record, null where none: {@code LEFT JOIN worker w}. */
    public static String leftJoinOn(String workerIdColumn) {
        return "LEFT JOIN worker w ON w.id = " + workerIdColumn;
    }

    /**
     * Locks one worker's row ({@code ?} = id) until the transaction ends, so two writers of what a
     * feature keeps per worker (a workplace) take turns.
     */
    public static final String LOCK_ONE = "SELECT id FROM worker WHERE id = ? FOR UPDATE";

    /** The worker of a row: {@code JOIN worker w}. */
    public static String join(String workerIdColumn) {
        return "JOIN worker w ON w.id = " + workerIdColumn;
    }

    /** A joined worker whose home is at or below the path pattern {@code pathParam}. */
    public static String livesUnder(String pathParam) {
        return "w.home_region_path LIKE " + pathParam;
    }

    /** The joined worker's home region's path. */
    public static final String HOME_PATH = "w.home_region_path";
    /** The joined worker's 建档立卡 flag (1 or 0). */
    public static final String POVERTY = "w.poverty_registered";

    /** The joined worker's name. */
    public static final String NAME = "w.name";
    /** The joined worker's phone as it may be shown (masked). */
    public static final String PHONE_MASKED = "w.phone_masked";
    /** The joined worker's home region (a village or above), by code. */
    public static final String HOME_REGION_CODE = "w.home_region_code";
    /** The joined worker's ID number as it may be shown (masked). */
    public static final String ID_NUMBER_MASKED = "w.id_number_masked";

    /** Ids of the workers whose home is at or below the path pattern {@code pathParam} (e.g. {@code {0}} or {@code :path}). */
    public static String residentIds(String pathParam) {
        return "SELECT w.id FROM worker w WHERE w.home_region_path LIKE " + pathParam;
    }

    /** Ids of the 建档立卡 workers. */
    public static final String POOR_IDS = "SELECT w.id FROM worker w WHERE w.poverty_registered = 1";

    /** A joined worker whose home is under {@code :path}. */
    public static final String LIVES_UNDER = livesUnder(":path");
    /** 建档立卡. */
    public static final String POVERTY_REGISTERED = POVERTY + " = 1";
    /** Wishes that fit jobs in {@code :areas} paying up to {@code :maxWage} fen (no wish fits anything). */
    public static final String WISHES_FIT = "(w.intended_area IS NULL OR w.intended_area IN (:areas))"
            + " AND (w.expected_wage_fen IS NULL OR w.expected_wage_fen <= :maxWage)";
    /** Not working now (已上岗 excluded); an unregistered follower counts as not working. */
    public static final String NOT_EMPLOYED = "(w.id IS NULL OR w.employment_status <> 'EMPLOYED')";

    private WorkerSql() {
    }
}
