package cn.laowu.core.worker;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.RecordPage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The cards behind 劳动力信息年度更新率's numerator: workers whose card was confirmed (复核) from
 * January to the month, by home region, as progress counts them. Read-only, for the drill-down.
 */
@Service
public class CardReviewRecords {

    private static final String REVIEWED = " FROM worker w WHERE w.home_region_path LIKE ? AND w.confirmed_at >= ? "
            + "AND w.confirmed_at < ?";

    private final JdbcTemplate jdbc;

    public CardReviewRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public RecordPage reviewed(String pathPrefix, int year, int month, int offset, int size) {
        // stored times are UTC; the year and its months are China's (+08:00 all year)
        Timestamp from = Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay().minusHours(8));
        Timestamp to = Timestamp.valueOf(LocalDate.of(year, month, 1).plusMonths(1).atStartOfDay().minusHours(8));
        Object[] args = {RegionScope.below(pathPrefix), from, to};
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + REVIEWED, Long.class, args);
        List<RecordPage.Line> lines = jdbc.query("SELECT w.id, w.name, w.id_number_masked, w.confirmed_at" + REVIEWED
                        + " ORDER BY w.confirmed_at, w.id LIMIT " + Math.max(1, size) + " OFFSET " + Math.max(0, offset),
                (rs, n) -> new RecordPage.Line(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class).plusHours(8).toLocalDate(), "信息卡年度复核", null, null), args);
        return new RecordPage(lines, total == null ? 0 : total, 0);
    }
}
