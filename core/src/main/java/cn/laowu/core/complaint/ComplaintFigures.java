package cn.laowu.core.complaint;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.DashboardFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 有案必查、件件有回音 in figures, for complaints from the region (where they started): received,
 * concluded, 办结率 (000 联动承诺六: ≥ 90%), answered and concluded on time, money recovered.
 */
@Component
class ComplaintFigures implements DashboardFigures {

    private final JdbcTemplate jdbc;

    ComplaintFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "complaints";
    }

    @Override
    public int order() {
        return 62;
    }

    @Override
    public List<Figure> figures(RegionScope scope, Year year) {
        Map<String, Object> row = jdbc.queryForMap("SELECT COUNT(*) received, "
                        + "SUM(CASE WHEN status IN ('CONCLUDED', 'CLOSED') THEN 1 ELSE 0 END) concluded, "
                        + "SUM(CASE WHEN first_answer_at IS NOT NULL AND answer_late = 0 AND accept_late = 0 THEN 1 ELSE 0 END) answered_on_time, "
                        + "SUM(CASE WHEN status IN ('CONCLUDED', 'CLOSED') AND conclude_late = 0 THEN 1 ELSE 0 END) concluded_on_time, "
                        + "COALESCE(SUM(recovered_fen), 0) recovered FROM complaint "
                        + "WHERE origin_region_path LIKE ? AND created_at >= ? AND created_at < ?",
                scope.likePattern(), year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay());
        long received = number(row.get("received"));
        long concluded = number(row.get("concluded"));
        return List.of(
                new Figure("complaints_received", year + "年受理投诉", "件", received, "群众通过公众号提交的投诉"),
                new Figure("complaints_concluded", "已办结", "件", concluded, "本年提交、已办结或关闭的投诉"),
                new Figure("complaints_rate", "办结率", "%", received == 0 ? 0 : Math.round(concluded * 100.0 / received),
                        "已办结 ÷ 受理,目标 ≥ 90%"),
                new Figure("complaints_answered_on_time", "按时首次答复", "件", number(row.get("answered_on_time")),
                        "在受理和答复期限内答复的投诉"),
                new Figure("complaints_concluded_on_time", "按时办结", "件", number(row.get("concluded_on_time")),
                        "在办结期限内办结的投诉"),
                new Figure("complaints_recovered", "追回工资", "元", number(row.get("recovered")) / 100,
                        "办结时登记的追回金额"));
    }

    @Override
    public List<Series> monthly(RegionScope scope, Year year) {
        Map<Integer, Long> received = new HashMap<>();
        Map<Integer, Long> concluded = new HashMap<>();
        jdbc.query("SELECT MONTH(created_at) m, COUNT(*) r, SUM(CASE WHEN status IN ('CONCLUDED', 'CLOSED') THEN 1 ELSE 0 END) c "
                        + "FROM complaint WHERE origin_region_path LIKE ? AND created_at >= ? AND created_at < ? GROUP BY MONTH(created_at)",
                rs -> {
                    received.put(rs.getInt("m"), rs.getLong("r"));
                    concluded.put(rs.getInt("m"), rs.getLong("c"));
                },
                scope.likePattern(), year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay());
        return List.of(new Series("投诉受理", DashboardFigures.twelve(received)),
                new Series("投诉办结", DashboardFigures.twelve(concluded)));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
