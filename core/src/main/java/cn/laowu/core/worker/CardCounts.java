package cn.laowu.core.worker;

import cn.laowu.core.progress.Measure;
import cn.laowu.core.progress.RecordCounter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Cards at each month's end: all, 建档立卡, and those confirmed (复核) within the year so far. */
@Component
class CardCounts implements RecordCounter {

    private final JdbcTemplate jdbc;

    CardCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void count(int year, int lastMonth, Grid grid) {
        Timestamp from = RecordCounter.utc(LocalDate.of(year, 1, 1));
        Timestamp to = RecordCounter.utc(LocalDate.of(year + 1, 1, 1));
        Map<String, long[]> created = new HashMap<>();
        Map<String, long[]> poor = new HashMap<>();
        Map<String, long[]> reviewed = new HashMap<>();
        String month = "CASE WHEN created_at < ? THEN 0 ELSE MONTH(" + RecordCounter.china("created_at") + ") END";
        jdbc.query("SELECT home_region_path p, " + month + " m, COUNT(*) n, SUM(poverty_registered) poor "
                        + "FROM worker WHERE created_at < ? GROUP BY home_region_path, " + month,
                rs -> {
                    created.computeIfAbsent(rs.getString("p"), k -> new long[13])[rs.getInt("m")] += rs.getLong("n");
                    poor.computeIfAbsent(rs.getString("p"), k -> new long[13])[rs.getInt("m")] += rs.getLong("poor");
                }, from, to, from);
        String confirmed = "MONTH(" + RecordCounter.china("confirmed_at") + ")";
        jdbc.query("SELECT home_region_path p, " + confirmed + " m, COUNT(*) n FROM worker "
                        + "WHERE confirmed_at >= ? AND confirmed_at < ? GROUP BY home_region_path, " + confirmed,
                rs -> {
                    reviewed.computeIfAbsent(rs.getString("p"), k -> new long[13])[rs.getInt("m")] += rs.getLong("n");
                }, from, to);
        RecordCounter.cumulative(grid, created, Measure.WORKERS, lastMonth);
        RecordCounter.cumulative(grid, poor, Measure.WORKERS_POOR, lastMonth);
        RecordCounter.cumulative(grid, reviewed, Measure.WORKERS_REVIEWED, lastMonth);
    }
}
