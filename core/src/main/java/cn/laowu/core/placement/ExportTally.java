package cn.laowu.core.placement;

import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.ApplicationStatusChanged;
import cn.laowu.core.job.JobEdited;
import cn.laowu.core.job.JobSql;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkerHomeMoved;
import cn.laowu.core.worker.WorkerService;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 输出人数 kept by home region and month ({@code export_tally}): per month the workers placed outside
 * their county that month, and the workers whose first such placement of the year fell in it. What each
 * worker adds is kept beside it ({@code export_counted}), so any change to a worker's placements, home
 * or jobs moves exactly that worker's counts, in the transaction of the change.
 */
@Component
class ExportTally {

    private static final String MONTH = "DATE_SUB(DATE(" + ApplicationSql.PLACED_AT + "), INTERVAL DAYOFMONTH("
            + ApplicationSql.PLACED_AT + ") - 1 DAY)";
    private static final String PLACED_AWAY = "FROM " + ApplicationSql.FROM + " " + JobSql.join(ApplicationSql.JOB_ID)
            + " " + WorkerSql.join(ApplicationSql.WORKER_ID) + " WHERE " + ApplicationSql.PLACED_AT + " IS NOT NULL AND "
            + JobSql.OUTSIDE_COUNTY;

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkerService workers;

    ExportTally(NamedParameterJdbcTemplate jdbc, WorkerService workers) {
        this.jdbc = jdbc;
        this.workers = workers;
    }

    @EventListener
    void placed(ApplicationStatusChanged change) {
        if (change.to() == ApplicationStatus.PLACED) {
            recount(List.of(change.workerId()));
        }
    }

    @EventListener
    void moved(WorkerHomeMoved move) {
        recount(List.of(move.workerId()));
    }

    /** The job's area may have changed (县内 or not): its placed workers are counted again. */
    @EventListener
    void edited(JobEdited edit) {
        List<Long> placed = jdbc.queryForList("SELECT DISTINCT " + ApplicationSql.WORKER_ID + " FROM "
                + ApplicationSql.FROM + " WHERE " + ApplicationSql.JOB_ID + " = :job AND " + ApplicationSql.PLACED_AT
                + " IS NOT NULL", new MapSqlParameterSource("job", edit.job().getId()), Long.class);
        for (int from = 0; from < placed.size(); from += 500) {
            recount(placed.subList(from, Math.min(placed.size(), from + 500)));
        }
    }

    /** Moves these workers' counts from what was counted to what their placements, homes and jobs are now. */
    @Transactional
    void recount(Collection<Long> workerIds) {
        // the workers' rows are the lock: two changes of one worker cannot both count from the same "before"
        Map<Long, String> homes = workers.lockHomes(workerIds);
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", workerIds);
        // locking reads: the latest rows, not this transaction's snapshot, which may predate a change
        // committed while it waited for the workers' rows
        Set<Row> before = new HashSet<>();
        jdbc.query("SELECT worker_id, month, region_path, first_of_year FROM export_counted WHERE worker_id IN (:ids) "
                + "FOR UPDATE", ids, rs -> {
                    before.add(new Row(rs.getLong("worker_id"), rs.getObject("month", LocalDate.class),
                            rs.getString("region_path"), rs.getBoolean("first_of_year")));
                });
        List<Placement> placements = jdbc.query("SELECT " + ApplicationSql.WORKER_ID + " w, " + ApplicationSql.JOB_ID
                + " j, " + ApplicationSql.PLACED_AT + " p FROM " + ApplicationSql.FROM + " WHERE " + ApplicationSql.WORKER_ID
                + " IN (:ids) AND " + ApplicationSql.PLACED_AT + " IS NOT NULL LOCK IN SHARE MODE", ids,
                (rs, i) -> new Placement(rs.getLong("w"), rs.getLong("j"), rs.getObject("p", LocalDateTime.class)));
        Set<Long> away = placements.isEmpty() ? Set.of() : new HashSet<>(jdbc.queryForList("SELECT j.id FROM "
                + JobSql.TABLE + " WHERE j.id IN (:jobs) AND " + JobSql.OUTSIDE_COUNTY + " LOCK IN SHARE MODE",
                new MapSqlParameterSource("jobs", placements.stream().map(Placement::job).toList()), Long.class));
        Map<Long, TreeSet<LocalDate>> months = new HashMap<>();
        for (Placement p : placements) {
            if (away.contains(p.job())) {
                months.computeIfAbsent(p.worker(), k -> new TreeSet<>()).add(p.at().toLocalDate().withDayOfMonth(1));
            }
        }
        Set<Row> after = new HashSet<>();
        months.forEach((worker, byMonth) -> {
            Set<Integer> years = new HashSet<>();
            // in order, so a year's first month is the one that adds the year
            byMonth.forEach(month -> after.add(new Row(worker, month, homes.get(worker), years.add(month.getYear()))));
        });
        if (before.equals(after)) {
            return;
        }
        Map<String, int[]> deltas = new TreeMap<>(); // sorted: one order of row locks for everyone
        before.stream().filter(r -> !after.contains(r)).forEach(r -> add(deltas, r, -1));
        after.stream().filter(r -> !before.contains(r)).forEach(r -> add(deltas, r, 1));
        List<MapSqlParameterSource> changes = new ArrayList<>();
        deltas.forEach((key, d) -> changes.add(new MapSqlParameterSource("month", LocalDate.parse(key.substring(0, 10)))
                .addValue("path", key.substring(11)).addValue("workers", d[0]).addValue("first", d[1])));
        jdbc.batchUpdate("INSERT INTO export_tally (month, region_path, workers, first_of_year) VALUES (:month, :path, "
                + ":workers, :first) ON DUPLICATE KEY UPDATE workers = workers + VALUES(workers), "
                + "first_of_year = first_of_year + VALUES(first_of_year)", changes.toArray(MapSqlParameterSource[]::new));
        jdbc.update("DELETE FROM export_counted WHERE worker_id IN (:ids)", ids);
        jdbc.batchUpdate("INSERT INTO export_counted (worker_id, month, region_path, first_of_year) "
                + "VALUES (:worker, :month, :path, :first)", after.stream().map(r -> new MapSqlParameterSource("worker",
                r.worker()).addValue("month", r.month()).addValue("path", r.path()).addValue("first", r.first()))
                .toArray(MapSqlParameterSource[]::new));
    }

    private record Placement(long worker, long job, LocalDateTime at) {
    }

    private record Row(long worker, LocalDate month, String path, boolean first) {
    }

    private static void add(Map<String, int[]> deltas, Row row, int sign) {
        int[] d = deltas.computeIfAbsent(row.month() + " " + row.path(), k -> new int[2]);
        d[0] += sign;
        d[1] += row.first() ? sign : 0;
    }

    /** Counts every worker again, set-based: after a bulk load that wrote placements past the services. */
    @Transactional
    void rebuild() {
        jdbc.getJdbcTemplate().update("DELETE FROM export_counted");
        jdbc.getJdbcTemplate().update("DELETE FROM export_tally");
        jdbc.getJdbcTemplate().update("INSERT INTO export_counted (worker_id, month, region_path, first_of_year) "
                + "SELECT w, m, p, ROW_NUMBER() OVER (PARTITION BY w, YEAR(m) ORDER BY m) = 1 FROM (SELECT DISTINCT "
                + ApplicationSql.WORKER_ID + " w, " + MONTH + " m, " + WorkerSql.HOME_PATH + " p " + PLACED_AWAY + ") t");
        jdbc.getJdbcTemplate().update("INSERT INTO export_tally (month, region_path, workers, first_of_year) "
                + "SELECT month, region_path, COUNT(*), SUM(first_of_year) FROM export_counted GROUP BY month, region_path");
    }

    /** Workers of the region placed outside their county in the year: each once. */
    long workers(RegionScope scope, Year year) {
        Long n = jdbc.queryForObject("SELECT COALESCE(SUM(first_of_year), 0) FROM export_tally WHERE month >= :from "
                + "AND month < :to AND region_path LIKE :path", args(scope, year), Long.class);
        return n == null ? 0 : n;
    }

    /** The same by month (1-12): each worker once a month. */
    Map<Integer, Long> workersByMonth(RegionScope scope, Year year) {
        Map<Integer, Long> byMonth = new HashMap<>();
        jdbc.query("SELECT MONTH(month) m, SUM(workers) n FROM export_tally WHERE month >= :from AND month < :to "
                + "AND region_path LIKE :path GROUP BY MONTH(month)", args(scope, year), rs -> {
                    byMonth.put(rs.getInt("m"), rs.getLong("n"));
                });
        return byMonth;
    }

    private static MapSqlParameterSource args(RegionScope scope, Year year) {
        return new MapSqlParameterSource("path", scope.likePattern()).addValue("from", year.atDay(1))
                .addValue("to", year.plusYears(1).atDay(1));
    }
}
