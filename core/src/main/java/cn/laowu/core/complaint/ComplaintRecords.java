package cn.laowu.core.complaint;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.RecordPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The complaints behind 投诉按时办结率: received in the year, by where they came from, that were due
 * (concluded, or past the limit), each marked on time or late, as progress counts them. Read-only.
 */
@Service
public class ComplaintRecords {

    private static final String DUE = " FROM complaint WHERE origin_region_path LIKE ? AND created_at >= ? AND created_at < ? "
            + "AND (status IN ('CONCLUDED', 'CLOSED') OR conclude_late = 1)";

    private final JdbcTemplate jdbc;

    public ComplaintRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Due complaints received from January to the end of {@code month}; totalFen carries the on-time count. */
    public RecordPage due(String pathPrefix, int year, int month, int offset, int size) {
        Object[] args = {RegionScope.below(pathPrefix), utc(LocalDate.of(year, 1, 1)), utc(LocalDate.of(year, month, 1).plusMonths(1))};
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + DUE, Long.class, args);
        Long onTime = jdbc.queryForObject("SELECT COUNT(*)" + DUE + " AND status IN ('CONCLUDED', 'CLOSED') "
                + "AND conclude_late = 0", Long.class, args);
        List<RecordPage.Line> lines = jdbc.query("SELECT id, complainant_name, created_at, case_no, kind, "
                + "CASE WHEN status IN ('CONCLUDED', 'CLOSED') AND conclude_late = 0 THEN 0 ELSE 1 END late"
                + DUE + " ORDER BY created_at, id LIMIT " + Math.max(1, size) + " OFFSET " + Math.max(0, offset),
                (rs, n) -> new RecordPage.Line(rs.getLong(1), rs.getString(2), null,
                        rs.getObject(3, LocalDateTime.class).plusHours(8).toLocalDate(),
                        (rs.getString(4) == null ? "" : rs.getString(4) + " ") + label(rs.getString(5)), null,
                        rs.getBoolean(6)), args);
        return new RecordPage(lines, total == null ? 0 : total, onTime == null ? 0 : onTime);
    }

    private static String label(String kind) {
        try {
            return ComplaintKind.valueOf(kind).label();
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    private static Timestamp utc(LocalDate chinaDay) {
        return Timestamp.valueOf(chinaDay.atStartOfDay().minusHours(8));
    }
}
