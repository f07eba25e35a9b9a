package cn.laowu.core.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts a year's figures from the records themselves (placements, follow-ups, training,
 * complaints, worker cards), per home region and month, as the indicator definitions of migration
 * V38 say. The only place in this feature that reads other features' tables, so a change there
 * (training rework, outposts) is adapted here. Months are China months: stored times are UTC, and
 * China keeps +08:00 all year, so "+ 8 hours" is exact.
 */
@Component
class RecordCounts {

    private static final Logger log = LoggerFactory.getLogger(RecordCounts.class);
    private static final String CHINA = "DATE_ADD(%s, INTERVAL 8 HOUR)";

    private final JdbcTemplate jdbc;

    RecordCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Region path → month (1-12) → totals of that month; stocks only to {@code lastMonth}. */
    Map<String, Totals[]> count(int year, int lastMonth) {
        Grid grid = new Grid();
        Timestamp from = utc(LocalDate.of(year, 1, 1));
        Timestamp to = utc(LocalDate.of(year + 1, 1, 1));
        Date dayFrom = Date.valueOf(LocalDate.of(year, 1, 1));
        Date dayTo = Date.valueOf(LocalDate.of(year + 1, 1, 1));
        long t0 = System.nanoTime();
        transfers(grid, from, to);
        long t1 = System.nanoTime();
        income(grid, year, lastMonth);
        long t2 = System.nanoTime();
        grid.query(jdbc, Measure.STABLE, "SELECT w.home_region_path p, MONTH(t.d) m, COUNT(*) n FROM "
                + "(SELECT f.worker_id, MIN(f.due_on) d FROM follow_up f WHERE f.month_no = 6 AND f.still_employed = 1 "
                + "AND f.due_on >= ? AND f.due_on < ? GROUP BY f.worker_id) t JOIN worker w ON w.id = t.worker_id "
                + "GROUP BY w.home_region_path, MONTH(t.d)", dayFrom, dayTo);
        grid.query(jdbc, Measure.TRAINED, "SELECT w.home_region_path p, MONTH(t.d) m, COUNT(*) n FROM "
                + "(SELECT e.worker_id, MIN(c.starts_on) d FROM training_enrolment e JOIN training_course c "
                + "ON c.id = e.course_id WHERE c.starts_on >= ? AND c.starts_on < ? "
                + "AND e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED') GROUP BY e.worker_id) t "
                + "JOIN worker w ON w.id = t.worker_id GROUP BY w.home_region_path, MONTH(t.d)", dayFrom, dayTo);
        grid.query(jdbc, Measure.TRAINED_EMPLOYED, "SELECT w.home_region_path p, MONTH(t.d) m, COUNT(*) n FROM "
                + "(SELECT e.worker_id, MIN(e.completed_on) d FROM training_enrolment e WHERE e.status = 'COMPLETED' "
                + "AND e.completed_on >= ? AND e.completed_on < ? AND EXISTS (SELECT 1 FROM job_application a "
                + "WHERE a.worker_id = e.worker_id AND a.placed_at >= e.completed_on "
                + "AND a.placed_at < DATE_ADD(e.completed_on, INTERVAL 3 MONTH)) GROUP BY e.worker_id) t "
                + "JOIN worker w ON w.id = t.worker_id GROUP BY w.home_region_path, MONTH(t.d)", dayFrom, dayTo);
        String created = String.format(CHINA, "created_at");
        jdbc.query("SELECT origin_region_path p, MONTH(" + created + ") m, COUNT(*) n, "
                        + "SUM(CASE WHEN status IN ('CONCLUDED', 'CLOSED') OR conclude_late = 1 THEN 1 ELSE 0 END) due, "
                        + "SUM(CASE WHEN status IN ('CONCLUDED', 'CLOSED') AND conclude_late = 0 THEN 1 ELSE 0 END) ok "
                        + "FROM complaint WHERE created_at >= ? AND created_at < ? GROUP BY origin_region_path, MONTH("
                        + created + ")",
                rs -> {
                    Totals t = grid.at(rs.getString("p"), rs.getInt("m"));
                    t.add(Measure.COMPLAINTS, rs.getLong("n"));
                    t.add(Measure.COMPLAINTS_DUE, rs.getLong("due"));
                    t.add(Measure.COMPLAINTS_ON_TIME, rs.getLong("ok"));
                }, from, to);
        long t3 = System.nanoTime();
        workers(grid, from, to, lastMonth);
        long t4 = System.nanoTime();
        // the parts' times, so a slow rebuild says which records grew
        log.info("Counted {} to month {}: transfers {} ms, income {} ms, follow-ups/training/complaints {} ms, cards {} ms",
                year, lastMonth, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return grid.cells;
    }

    /**
     * 转移就业: each worker's first placement of the year (by time, then id), in its month, by its
     * job's area. Grouped in the database: a year of placements never crosses the wire.
     */
    private void transfers(Grid grid, Timestamp from, Timestamp to) {
        jdbc.query("SELECT w.home_region_path p, MONTH(" + String.format(CHINA, "t.placed_at") + ") m, "
                + "SUM(CASE WHEN j.work_area = 'OUT_OF_PROVINCE' THEN 1 ELSE 0 END) out_of_province, "
                + "SUM(CASE WHEN j.work_area = 'IN_COUNTY' THEN 1 ELSE 0 END) in_county, "
                + "SUM(CASE WHEN j.work_area = 'OUT_OF_PROVINCE' OR j.work_area = 'IN_COUNTY' THEN 0 ELSE 1 END) in_province, "
                + "SUM(CASE WHEN w.poverty_registered = 1 THEN 1 ELSE 0 END) poor "
                + "FROM (SELECT a.worker_id, a.job_id, a.placed_at, ROW_NUMBER() OVER (PARTITION BY a.worker_id "
                + "ORDER BY a.placed_at, a.id) n FROM job_application a WHERE a.placed_at >= ? AND a.placed_at < ?) t "
                + "JOIN job j ON j.id = t.job_id JOIN worker w ON w.id = t.worker_id WHERE t.n = 1 GROUP BY p, m", rs -> {
            Totals t = grid.at(rs.getString("p"), rs.getInt("m"));
            t.add(Measure.TRANSFER_OUT, rs.getLong("out_of_province"));
            t.add(Measure.TRANSFER_COUNTY, rs.getLong("in_county"));
            t.add(Measure.TRANSFER_PROVINCE, rs.getLong("in_province"));
            t.add(Measure.TRANSFER_POOR, rs.getLong("poor"));
        }, from, to);
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
        String placed = String.format(CHINA, "a.placed_at");
        String first = "(YEAR(" + placed + ") * 12 + MONTH(" + placed + ") - 1)";
        int yearStart = year * 12;
        jdbc.query("SELECT p, s, e, COUNT(*) n, COUNT(wage) with_wage, COALESCE(SUM(wage), 0) fen FROM ("
                + "SELECT p, GREATEST(first, ?) s, LEAST(first + 11, COALESCE(YEAR(left_on) * 12 + MONTH(left_on) - 2, "
                + "first + 11), ?) e, wage FROM (SELECT w.home_region_path p, " + first + " first, "
                + "(SELECT f.monthly_wage_fen FROM follow_up f WHERE f.application_id = a.id "
                + "AND f.monthly_wage_fen IS NOT NULL ORDER BY f.month_no DESC LIMIT 1) wage, "
                + "(SELECT MIN(f.due_on) FROM follow_up f WHERE f.application_id = a.id AND f.still_employed = 0) left_on "
                + "FROM job_application a JOIN worker w ON w.id = a.worker_id "
                + "WHERE a.placed_at >= ? AND a.placed_at < ?) placements) spans WHERE s <= e GROUP BY p, s, e", rs -> {
            for (int index = rs.getInt("s"); index <= rs.getInt("e"); index++) {
                Totals t = grid.at(rs.getString("p"), index - yearStart + 1);
                t.add(Measure.IN_WORK, rs.getLong("n"));
                t.add(Measure.IN_WORK_WITH_WAGE, rs.getLong("with_wage"));
                t.add(Measure.INCOME_FEN, rs.getLong("fen"));
            }
        }, yearStart, yearStart + lastMonth - 1, utc(LocalDate.of(year - 1, 1, 1)), utc(LocalDate.of(year + 1, 1, 1)));
    }

    /** Cards at each month's end: all, 建档立卡, and those confirmed (复核) within the year so far. */
    private void workers(Grid grid, Timestamp from, Timestamp to, int lastMonth) {
        Map<String, long[]> created = new HashMap<>();
        Map<String, long[]> poor = new HashMap<>();
        Map<String, long[]> reviewed = new HashMap<>();
        String month = "CASE WHEN created_at < ? THEN 0 ELSE MONTH(" + String.format(CHINA, "created_at") + ") END";
        jdbc.query("SELECT home_region_path p, " + month + " m, COUNT(*) n, SUM(poverty_registered) poor "
                        + "FROM worker WHERE created_at < ? GROUP BY home_region_path, " + month,
                rs -> {
                    created.computeIfAbsent(rs.getString("p"), k -> new long[13])[rs.getInt("m")] += rs.getLong("n");
                    poor.computeIfAbsent(rs.getString("p"), k -> new long[13])[rs.getInt("m")] += rs.getLong("poor");
                }, from, to, from);
        String confirmed = "MONTH(" + String.format(CHINA, "confirmed_at") + ")";
        jdbc.query("SELECT home_region_path p, " + confirmed + " m, COUNT(*) n FROM worker "
                        + "WHERE confirmed_at >= ? AND confirmed_at < ? GROUP BY home_region_path, " + confirmed,
                rs -> {
                    reviewed.computeIfAbsent(rs.getString("p"), k -> new long[13])[rs.getInt("m")] += rs.getLong("n");
                }, from, to);
        cumulative(grid, created, Measure.WORKERS, lastMonth);
        cumulative(grid, poor, Measure.WORKERS_POOR, lastMonth);
        cumulative(grid, reviewed, Measure.WORKERS_REVIEWED, lastMonth);
    }

    private static void cumulative(Grid grid, Map<String, long[]> byMonth, Measure measure, int lastMonth) {
        byMonth.forEach((path, counts) -> {
            long running = counts[0];
            for (int month = 1; month <= lastMonth; month++) {
                running += counts[month];
                grid.at(path, month).add(measure, running);
            }
        });
    }

    /** A China day's start as the UTC time the tables store. */
    static Timestamp utc(LocalDate chinaDay) {
        return Timestamp.valueOf(chinaDay.atStartOfDay().minusHours(8));
    }

    /** Region path → twelve months of totals (index 0 unused). */
    private static final class Grid {
        final Map<String, Totals[]> cells = new HashMap<>();

        Totals at(String path, int month) {
            Totals[] months = cells.computeIfAbsent(path, k -> {
                Totals[] fresh = new Totals[13];
                for (int i = 1; i <= 12; i++) {
                    fresh[i] = new Totals();
                }
                return fresh;
            });
            return months[month];
        }

        void query(JdbcTemplate jdbc, Measure measure, String sql, Object... args) {
            jdbc.query(sql, rs -> {
                at(rs.getString("p"), rs.getInt("m")).add(measure, rs.getLong("n"));
            }, args);
        }
    }
}
