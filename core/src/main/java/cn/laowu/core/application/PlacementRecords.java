package cn.laowu.core.application;

import cn.laowu.core.job.JobSql;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.RecordPage;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The placements behind 转移就业人数: each worker's first placement of the year (placed_at, China
 * time), by home region, as progress counts them. Read-only, for the leaders' drill-down.
 * A county's year is tens of thousands of placements: the home region kept on the application (V75)
 * and its indexes let the count and the page read the application's indexes alone; the worker and
 * the job are joined for the page's 50 rows only.
 */
@Service
public class PlacementRecords {

    /**
     * Above this many records the page is read along the year in date order until it is full (a
     * county's year: a few hundred index entries); below it, the unit's own range is read and sorted.
     */
    static final long READ_IN_ORDER_FROM = 2_000;

    private static final String FIRST_OF_YEAR = " WHERE a.home_region_path LIKE ? "
            + "AND a.placed_at >= ? AND a.placed_at < ? "
            + "AND NOT EXISTS (SELECT 1 FROM job_application b WHERE b.worker_id = a.worker_id AND b.placed_at >= ? "
            + "AND (b.placed_at < a.placed_at OR (b.placed_at = a.placed_at AND b.id < a.id)))";

    private final JdbcTemplate jdbc;

    public PlacementRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * First placements of {@code year} from January to the end of {@code month} of workers at or below
     * {@code pathPrefix}; {@code areas} narrows to job areas (省内县外 is IN_PROVINCE and IN_PREFECTURE) or is
     * empty; {@code poorOnly} keeps 建档立卡 workers.
     */
    public RecordPage firstPlacements(String pathPrefix, int year, int month, List<String> areas, boolean poorOnly,
                                      int offset, int size) {
        Timestamp start = utc(LocalDate.of(year, 1, 1));
        Timestamp to = utc(LocalDate.of(year, month, 1).plusMonths(1));
        String filter = (areas.isEmpty() ? "" : " AND a.job_id IN (SELECT j.id FROM " + JobSql.TABLE + " WHERE "
                + JobSql.WORK_AREA + " IN (" + String.join(", ", Collections.nCopies(areas.size(), "?")) + "))")
                + (poorOnly ? " AND a.worker_id IN (" + WorkerSql.POOR_IDS + ")" : "");
        List<Object> bound = new ArrayList<>(List.of(RegionScope.below(pathPrefix), start, to, start));
        bound.addAll(areas);
        Object[] args = bound.toArray();
        Long total = areas.isEmpty() && !poorOnly
                // every worker placed in the window has exactly one first placement of the year in it
                ? jdbc.queryForObject("SELECT COUNT(DISTINCT a.worker_id) FROM job_application a WHERE "
                        + "a.home_region_path LIKE ? AND a.placed_at >= ? AND a.placed_at < ?", Long.class,
                        RegionScope.below(pathPrefix), start, to)
                : jdbc.queryForObject("SELECT COUNT(*) FROM job_application a" + FIRST_OF_YEAR + filter, Long.class, args);
        String from = total != null && total >= READ_IN_ORDER_FROM
                ? "job_application a FORCE INDEX (idx_application_placed_order)" : "job_application a";
        List<RecordPage.Line> lines = jdbc.query("SELECT a.id, " + WorkerSql.NAME + ", " + WorkerSql.ID_NUMBER_MASKED
                + ", a.placed_at, " + JobSql.TITLE + " FROM (SELECT a.id FROM " + from + FIRST_OF_YEAR + filter
                + " ORDER BY a.placed_at, a.id LIMIT " + Math.max(1, size) + " OFFSET " + Math.max(0, offset) + ") page "
                + "JOIN job_application a ON a.id = page.id " + JobSql.join("a.job_id") + " " + WorkerSql.join("a.worker_id")
                + " ORDER BY a.placed_at, a.id", (rs, n) -> new RecordPage.Line(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDateTime.class).plusHours(8).toLocalDate(), rs.getString(5), null, null), args);
        return new RecordPage(lines, total == null ? 0 : total, 0);
    }

    /** A China day's start as the UTC time the tables store (China keeps +08:00 all year). */
    static Timestamp utc(LocalDate chinaDay) {
        return Timestamp.valueOf(chinaDay.atStartOfDay().minusHours(8));
    }
}
