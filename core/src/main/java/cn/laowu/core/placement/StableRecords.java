package cn.laowu.core.placement;

import cn.laowu.core.worker.WorkerSql;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.job.JobSql;
import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.support.RecordPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-ups behind 稳定就业: per worker the first 6-month follow-up of the year answered "still
 * employed", by home region, as progress counts them. Read-only, for the drill-down. The follow-up's
 * region_path is the worker's current home (V75), so the count and the page read follow_up's indexes
 * alone; the worker and the job are joined for the page's rows only.
 */
@Service
public class StableRecords {

    /** Above this many records the page is read along the year in date order until it is full. */
    static final long READ_IN_ORDER_FROM = 2_000;

    private static final String FIRST_OF_YEAR = " WHERE f.region_path LIKE ? AND f.month_no = 6 "
            + "AND f.still_employed = 1 AND f.due_on >= ? AND f.due_on < ? AND NOT EXISTS (SELECT 1 FROM follow_up f2 "
            + "WHERE f2.worker_id = f.worker_id AND f2.month_no = 6 AND f2.still_employed = 1 AND f2.due_on >= ? "
            + "AND (f2.due_on < f.due_on OR (f2.due_on = f.due_on AND f2.id < f.id)))";

    private final JdbcTemplate jdbc;

    public StableRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Workers at or below the prefix first found still employed at 6 months from January to the end of {@code month}. */
    public RecordPage stable(String pathPrefix, int year, int month, int offset, int size) {
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year, month, 1).plusMonths(1));
        Object[] args = {RegionScope.below(pathPrefix), from, to, from};
        // each worker found in the window has exactly one first such follow-up of the year in it
        Long total = jdbc.queryForObject("SELECT COUNT(DISTINCT f.worker_id) FROM follow_up f WHERE f.region_path LIKE ? "
                + "AND f.month_no = 6 AND f.still_employed = 1 AND f.due_on >= ? AND f.due_on < ?", Long.class,
                RegionScope.below(pathPrefix), from, to);
        List<RecordPage.Line> lines = jdbc.query("SELECT f.id, " + WorkerSql.NAME + ", " + WorkerSql.ID_NUMBER_MASKED
                + ", f.due_on, " + JobSql.TITLE + " FROM (SELECT f.id FROM follow_up f"
                + (total != null && total >= READ_IN_ORDER_FROM ? " FORCE INDEX (idx_follow_up_stable)" : "") + FIRST_OF_YEAR + " ORDER BY f.due_on, f.id LIMIT "
                + Math.max(1, size) + " OFFSET " + Math.max(0, offset) + ") page JOIN follow_up f ON f.id = page.id "
                + WorkerSql.join("f.worker_id") + " JOIN " + ApplicationSql.FROM + " ON " + ApplicationSql.ID
                + " = f.application_id " + JobSql.join(ApplicationSql.JOB_ID) + " ORDER BY f.due_on, f.id",
                (rs, n) -> new RecordPage.Line(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5) + " · 上岗6个月回访仍在岗", null, null), args);
        return new RecordPage(lines, total == null ? 0 : total, 0);
    }
}
