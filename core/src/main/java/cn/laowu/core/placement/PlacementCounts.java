package cn.laowu.core.placement;

import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.progress.Measure;
import cn.laowu.core.progress.RecordCounter;
import cn.laowu.core.progress.Totals;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the follow-ups show: 稳定就业 (still in work at the sixth month) and 劳务收入. */
@Component
class PlacementCounts implements RecordCounter {

    private final JdbcTemplate jdbc;

    PlacementCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void count(int year, int lastMonth, Grid grid) {
        jdbc.query("SELECT " + WorkerSql.HOME_PATH + " p, MONTH(t.d) m, COUNT(*) n FROM "
                        + "(SELECT f.worker_id, MIN(f.due_on) d FROM follow_up f WHERE f.month_no = 6 AND f.still_employed = 1 "
                        + "AND f.due_on >= ? AND f.due_on < ? GROUP BY f.worker_id) t " + WorkerSql.join("t.worker_id")
                        + " GROUP BY " + WorkerSql.HOME_PATH + ", MONTH(t.d)",
                rs -> {
                    grid.at(rs.getString("p"), rs.getInt("m")).add(Measure.STABLE, rs.getLong("n"));
                }, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        income(grid, year, lastMonth);
    }

    /**
     * 劳务收入: every placement of this or last year earns, for each month of this year it was in
     * work, the latest monthly wage recorded in its follow-ups. In work: from the month of 上岗, for at
     * most 12 months (as far as follow-ups reach), until the month before the follow-up that found
     * the worker gone; months not yet come do not count.
     */
    private void income(Grid grid, int year, int lastMonth) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT " + WorkerSql.HOME_PATH + " p, " + RecordCounter.china(ApplicationSql.PLACED_AT)
                    + " placed, (SELECT f.monthly_wage_fen FROM follow_up f WHERE f.application_id = " + ApplicationSql.ID + " "
                    + "AND f.monthly_wage_fen IS NOT NULL ORDER BY f.month_no DESC LIMIT 1) wage, "
                    + "(SELECT MIN(f.due_on) FROM follow_up f WHERE f.application_id = " + ApplicationSql.ID
                    + " AND f.still_employed = 0) left_on "
                    + "FROM " + ApplicationSql.FROM + " " + WorkerSql.join(ApplicationSql.WORKER_ID)
                    + " WHERE " + ApplicationSql.PLACED_BETWEEN);
            ps.setTimestamp(1, RecordCounter.utc(LocalDate.of(year - 1, 1, 1)));
            ps.setTimestamp(2, RecordCounter.utc(LocalDate.of(year + 1, 1, 1)));
            ps.setFetchSize(Integer.MIN_VALUE);
            return ps;
        }, rs -> {
            LocalDate placed = rs.getObject("placed", LocalDateTime.class).toLocalDate();
            long wage = rs.getLong("wage");
            boolean hasWage = !rs.wasNull();
            LocalDate leftOn = rs.getObject("left_on", LocalDate.class);
            int first = RecordCounter.monthIndex(placed);
            int last = first + 11;
            if (leftOn != null) {
                last = Math.min(last, RecordCounter.monthIndex(leftOn) - 1);
            }
            for (int month = 1; month <= lastMonth; month++) {
                int index = year * 12 + month - 1;
                if (index < first || index > last) {
                    continue;
                }
                Totals t = grid.at(rs.getString("p"), month);
                t.add(Measure.IN_WORK, 1);
                if (hasWage) {
                    t.add(Measure.IN_WORK_WITH_WAGE, 1);
                    t.add(Measure.INCOME_FEN, wage);
                }
            }
        });
    }
}
