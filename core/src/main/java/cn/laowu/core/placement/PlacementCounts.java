package cn.laowu.core.placement;

import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.progress.Measure;
import cn.laowu.core.progress.RecordCounter;
import cn.laowu.core.progress.Totals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;

/** What the follow-ups show: 稳定就业 (still in work at the sixth month) and 劳务收入. */
@Component
class PlacementCounts implements RecordCounter {

    private final JdbcTemplate jdbc;

    PlacementCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void count(int year, int lastMonth, Grid grid) {
        // region_path is the worker's current home on every follow-up (V75, WorkerHomeMoved): no join
        jdbc.query("SELECT t.p, MONTH(t.d) m, COUNT(*) n FROM "
                        + "(SELECT f.worker_id, MIN(f.region_path) p, MIN(f.due_on) d FROM follow_up f WHERE f.month_no = 6 "
                        + "AND f.still_employed = 1 AND f.due_on >= ? AND f.due_on < ? GROUP BY f.worker_id) t "
                        + "GROUP BY t.p, MONTH(t.d)",
                rs -> {
                    grid.at(rs.getString("p"), rs.getInt("m")).add(Measure.STABLE, rs.getLong("n"));
                }, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        income(grid, year, lastMonth);
    }

    /**
     * 劳务收入: every placement of this or last year earns, for each month of this year it was in
     * work, the latest monthly wage recorded in its follow-ups. In work: from the month of 上岗, for at
     * most 12 months (as far as follow-ups reach), until the month before the follow-up that found
     * the worker gone; months not yet come do not count. The database gives each placement its
     * months in work this year as a span of month numbers (year × 12 + month − 1) and groups
     * placements by region and span, so only a few rows per region come back to be spread over
     * their months.
     */
    private void income(Grid grid, int year, int lastMonth) {
        String placed = RecordCounter.china(ApplicationSql.PLACED_AT);
        String first = "(YEAR(" + placed + ") * 12 + MONTH(" + placed + ") - 1)";
        int yearStart = year * 12;
        jdbc.query("SELECT p, s, e, COUNT(*) n, COUNT(wage) with_wage, COALESCE(SUM(wage), 0) fen FROM ("
                + "SELECT p, GREATEST(first, ?) s, LEAST(first + 11, COALESCE(YEAR(left_on) * 12 + MONTH(left_on) - 2, "
                + "first + 11), ?) e, wage FROM (SELECT " + ApplicationSql.HOME_PATH + " p, " + first + " first, "
                + "(SELECT f.monthly_wage_fen FROM follow_up f WHERE f.application_id = " + ApplicationSql.ID + " "
                + "AND f.monthly_wage_fen IS NOT NULL ORDER BY f.month_no DESC LIMIT 1) wage, "
                + "(SELECT MIN(f.due_on) FROM follow_up f WHERE f.application_id = " + ApplicationSql.ID
                + " AND f.still_employed = 0) left_on "
                + "FROM " + ApplicationSql.FROM + " WHERE " + ApplicationSql.PLACED_BETWEEN + ") placements) spans WHERE s <= e GROUP BY p, s, e", rs -> {
            for (int index = rs.getInt("s"); index <= rs.getInt("e"); index++) {
                Totals t = grid.at(rs.getString("p"), index - yearStart + 1);
                t.add(Measure.IN_WORK, rs.getLong("n"));
                t.add(Measure.IN_WORK_WITH_WAGE, rs.getLong("with_wage"));
                t.add(Measure.INCOME_FEN, rs.getLong("fen"));
            }
        }, yearStart, yearStart + lastMonth - 1, RecordCounter.utc(LocalDate.of(year - 1, 1, 1)),
                RecordCounter.utc(LocalDate.of(year + 1, 1, 1)));
    }
}
