package cn.laowu.core.worker;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.DashboardFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The archive's tiles: cards, 建档立卡, cards due for the yearly re-confirmation, new cards by month. */
@Component
class WorkerFigures implements DashboardFigures {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WorkerFigures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String feature() {
        return "workers";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures(RegionScope scope, Year year) {
        String path = scope.likePattern();
        return List.of(
                new Figure("archived", "建档人数", "人",
                        count("SELECT COUNT(*) FROM worker WHERE home_region_path LIKE ?", path), "劳动力资源信息库"),
                new Figure("poverty", "其中建档立卡", "人", count(
                        "SELECT COUNT(*) FROM worker WHERE home_region_path LIKE ? AND poverty_registered = 1", path),
                        "劳动力资源信息库"),
                new Figure("stale", "待年度复核", "人", count(
                        "SELECT COUNT(*) FROM worker WHERE home_region_path LIKE ? AND confirmed_at < ?", path,
                        LocalDateTime.now(clock).minusYears(1)), "一年以上未复核的卡片"));
    }

    @Override
    public List<Series> monthly(RegionScope scope, Year year) {
        Map<Integer, Long> registered = new HashMap<>();
        jdbc.query("SELECT MONTH(created_at) m, COUNT(*) c FROM worker WHERE home_region_path LIKE ? "
                        + "AND created_at >= ? AND created_at < ? GROUP BY MONTH(created_at)",
                rs -> {
                    registered.put(rs.getInt("m"), rs.getLong("c"));
                },
                scope.likePattern(), year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay());
        return List.of(new Series("新建档", DashboardFigures.twelve(registered)));
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
