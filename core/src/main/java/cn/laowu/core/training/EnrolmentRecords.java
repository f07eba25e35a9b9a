package cn.laowu.core.training;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.RecordPage;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The enrolments behind 培训人数: per worker the first enrolment (not cancelled or waitlisted) on a
 * course starting in the year, by home region, as progress counts them. Read-only, for the drill-down.
 */
@Service
public class EnrolmentRecords {

    private static final String COUNTED = "('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')";
    private static final String FIRST_OF_YEAR = " FROM training_enrolment e JOIN training_course c ON c.id = e.course_id "
            + WorkerSql.join("e.worker_id") + " WHERE " + WorkerSql.livesUnder("?") + " AND c.starts_on >= ? AND c.starts_on < ? "
            + "AND e.status IN " + COUNTED + " AND NOT EXISTS (SELECT 1 FROM training_enrolment e2 JOIN training_course c2 "
            + "ON c2.id = e2.course_id WHERE e2.worker_id = e.worker_id AND e2.status IN " + COUNTED
            + " AND c2.starts_on >= ? AND (c2.starts_on < c.starts_on OR (c2.starts_on = c.starts_on AND e2.id < e.id)))";

    private final JdbcTemplate jdbc;

    public EnrolmentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** First enrolments on courses starting from January to the end of {@code month}, workers at or below the prefix. */
    public RecordPage firstEnrolments(String pathPrefix, int year, int month, int offset, int size) {
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year, month, 1).plusMonths(1));
        Object[] args = {RegionScope.below(pathPrefix), from, to, from};
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + FIRST_OF_YEAR, Long.class, args);
        List<RecordPage.Line> lines = jdbc.query("SELECT e.id, " + WorkerSql.NAME + ", " + WorkerSql.ID_NUMBER_MASKED + ", c.starts_on, c.title"
                + FIRST_OF_YEAR + " ORDER BY c.starts_on, e.id LIMIT " + Math.max(1, size) + " OFFSET " + Math.max(0, offset),
                (rs, n) -> new RecordPage.Line(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), null, null), args);
        return new RecordPage(lines, total == null ? 0 : total, 0);
    }
}
