package cn.laowu.core.job;

/**
 * Conditions over the job table that other features embed in one statement where asking per job
 * would cost a query each (a scope filter beside their own rows). Only this package names the table.
 */
public final class JobSql {

    /** The job table aliased {@code j}, for a FROM or a JOIN (a constant, so a mapper's annotation may use it). */
    public static final String TABLE = "job j";

    /** The job of a row: {@code JOIN job j}. */
    public static String join(String jobIdColumn) {
        return "JOIN " + TABLE + " ON j.id = " + jobIdColumn;
    }

    /** The joined job's title. */
    public static final String TITLE = "j.title";
    /** The joined job's area (IN_COUNTY, IN_PREFECTURE, IN_PROVINCE, OUT_OF_PROVINCE). */
    public static final String WORK_AREA = "j.work_area";

    /** A joined job open to applicants now. */
    public static final String PUBLISHED = "j.status = 'PUBLISHED'";

    /** A joined job outside the home county (省外, 省内 or 州内): 劳务输出. */
    public static final String OUTSIDE_COUNTY = "j.work_area <> 'IN_COUNTY'";

    /** Ids of the jobs owned by an office outside the path pattern {@code pathParam} (e.g. {@code {0}}). */
    public static String idsOwnedOutside(String pathParam) {
        return "SELECT j.id FROM job j WHERE j.owner_region_path NOT LIKE " + pathParam;
    }

    private JobSql() {
    }
}
