package cn.laowu.core.training;

import cn.laowu.core.worker.WorkerSql;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.support.RecordPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The completions behind 培训后就业: per worker the first completion of the year followed by a
 * placement within 3 months, by home region, as progress counts them. Read-only, for the drill-down.
 */
@Service
public class TrainedEmployedRecords {

    private static final String FIRST_OF_YEAR = " FROM training_enrolment e JOIN training_course c ON c.id = e.course_id "
            + WorkerSql.join("e.worker_id") + " WHERE " + WorkerSql.livesUnder("?") + " AND e.status = 'COMPLETED' "
            + "AND e.completed_on >= ? AND e.completed_on < ? AND " + ApplicationSql.placedWithin3MonthsOf("e.worker_id", "e.completed_on")
            + " AND NOT EXISTS (SELECT 1 FROM training_enrolment e2 WHERE e2.worker_id = e.worker_id "
            + "AND e2.status = 'COMPLETED' AND e2.completed_on >= ? AND (e2.completed_on < e.completed_on "
            + "OR (e2.completed_on = e.completed_on AND e2.id < e.id)) AND " + ApplicationSql.placedWithin3MonthsOf("e2.worker_id", "e2.completed_on") + ")";

    private final JdbcTemplate jdbc;

    public TrainedEmployedRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Completions from January to the end of {@code month}, placed within 3 months, workers at or below the prefix. */
    public RecordPage trainedAndPlaced(String pathPrefix, int year, int month, int offset, int size) {
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year, month, 1).plusMonths(1));
        Object[] args = {RegionScope.below(pathPrefix), from, to, from};
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + FIRST_OF_YEAR, Long.class, args);
        List<RecordPage.Line> lines = jdbc.query("SELECT e.id, " + WorkerSql.NAME + ", " + WorkerSql.ID_NUMBER_MASKED + ", e.completed_on, c.title"
                + FIRST_OF_YEAR + " ORDER BY e.completed_on, e.id LIMIT " + Math.max(1, size) + " OFFSET "
                + Math.max(0, offset), (rs, n) -> new RecordPage.Line(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getString(5) + " · 结业后3个月内上岗", null, null), args);
        return new RecordPage(lines, total == null ? 0 : total, 0);
    }
}
