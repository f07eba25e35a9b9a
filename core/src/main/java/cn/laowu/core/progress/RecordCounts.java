package cn.laowu.core.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts a year's figures from the records themselves (placements, follow-ups, training,
 * complaints, worker cards), per home region and month, as the indicator definitions of migration
 * V38 say. The only place in this feature that reads other features' tables, so a change there
 * (training rework, outposts) is adapted here. Months are China months: stored times are UTC, and
 * China keeps +08:00 all year, so "+ 8 hours" is exact.
 */
@Component
class RecordCounts {

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
        transfers(grid, from, to);
        income(grid, year, lastMonth);
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
        workers(grid, from, to, lastMonth);
        return grid.cells;
    }

    /** 转移就业: each worker's first placement of the year, in its month, by its job's area. */
    private void transfers(Grid grid, Timestamp from, Timestamp to) {
        Set<Long> seen = new HashSet<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT a.worker_id, w.home_region_path, w.poverty_registered, j.work_area, "
                    + "MONTH(" + String.format(CHINA, "a.placed_at") + ") m FROM job_application a "
                    + "JOIN job j ON j.id = a.job_id JOIN worker w ON w.id = a.worker_id "
                    + "WHERE a.placed_at >= ? AND a.placed_at < ? ORDER BY a.placed_at, a.id");
            ps.setTimestamp(1, from);
            ps.setTimestamp(2, to);
            ps.setFetchSize(Integer.MIN_VALUE);
            return ps;
        }, rs -> {
            if (!seen.add(rs.getLong(1))) {
                return;
            }
            Totals t = grid.at(rs.getString(2), rs.getInt("m"));
            String area = rs.getString(4);
            t.add("OUT_OF_PROVINCE".equals(area) ? Measure.TRANSFER_OUT
                    : "IN_COUNTY".equals(area) ? Measure.TRANSFER_COUNTY : Measure.TRANSFER_PROVINCE, 1);
            if (rs.getBoolean(3)) {
                t.add(Measure.TRANSFER_POOR, 1);
            }
        });
    }

    /**
     * 劳务收入: every placement of this or last year earns, for each month of this year it was in
     * work, the latest monthly wage recorded in its follow-ups. In work: from the month of 上岗, for at
     * most 12 months (as far as follow-ups reach), until the month before the follow-up that found
     * the worker gone; months not yet come do not count.
     */
    private void income(Grid grid, int year, int lastMonth) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT w.home_region_path p, " + String.format(CHINA, "a.placed_at")
                    + " placed, (SELECT f.monthly_wage_fen FROM follow_up f WHERE f.application_id = a.id "
                    + "AND f.monthly_wage_fen IS NOT NULL ORDER BY f.month_no DESC LIMIT 1) wage, "
                    + "(SELECT MIN(f.due_on) FROM follow_up f WHERE f.application_id = a.id AND f.still_employed = 0) left_on "
                    + "FROM job_application a JOIN worker w ON w.id = a.worker_id "
                    + "WHERE a.placed_at >= ? AND a.placed_at < ?");
            ps.setTimestamp(1, utc(LocalDate.of(year - 1, 1, 1)));
            ps.setTimestamp(2, utc(LocalDate.of(year + 1, 1, 1)));
            ps.setFetchSize(Integer.MIN_VALUE);
            return ps;
        }, rs -> {
            LocalDate placed = rs.getObject("placed", LocalDateTime.class).toLocalDate();
            long wage = rs.getLong("wage");
            boolean hasWage = !rs.wasNull();
            LocalDate leftOn = rs.getObject("left_on", LocalDate.class);
            int first = monthIndex(placed);
            int last = first + 11;
            if (leftOn != null) {
                last = Math.min(last, monthIndex(leftOn) - 1);
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

    private static int monthIndex(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
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
