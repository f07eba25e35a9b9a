package cn.laowu.core.worker;

import cn.laowu.core.region.RegionScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The archive's counts by home village and month ({@code worker_tally}), kept in the transaction that
 * writes a card, so the dashboard sums a few rows per village instead of counting the workers. Every
 * write of a card's home, 建档立卡 flag, registration or confirmation goes through {@link #around}.
 */
@Component
class WorkerTally {

    /** The first day of the month of a DATETIME column, as a DATE (MySQL and MariaDB alike). */
    static String monthOf(String column) {
        return "DATE_SUB(DATE(" + column + "), INTERVAL DAYOFMONTH(" + column + ") - 1 DAY)";
    }

    private static final String REBUILD = "INSERT INTO worker_tally (region_path, month, registered, poverty, confirmed) "
            + "SELECT p, m, SUM(r), SUM(v), SUM(c) FROM ("
            + "SELECT home_region_path p, " + monthOf("created_at") + " m, COUNT(*) r, SUM(poverty_registered) v, 0 c "
            + "FROM worker GROUP BY home_region_path, " + monthOf("created_at") + " UNION ALL "
            + "SELECT home_region_path, " + monthOf("confirmed_at") + ", 0, 0, COUNT(*) FROM worker "
            + "GROUP BY home_region_path, " + monthOf("confirmed_at") + ") t GROUP BY p, m";

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    WorkerTally(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What one card adds to the tally. */
    record Card(String path, LocalDate created, LocalDate confirmed, boolean poverty) {
    }

    /**
     * Runs a write of these cards and moves their counts from what they were to what they are: the
     * rows are locked first, so two writes of one card cannot both count from the same "before".
     * A card whose home moved is announced ({@link WorkerMoved}): counts kept by home follow it.
     */
    @Transactional
    <T> T around(Collection<Long> ids, Supplier<T> write) {
        if (ids.isEmpty()) {
            return write.get();
        }
        Map<Long, Card> before = cards(ids, true);
        T result = write.get();
        Map<Long, Card> after = cards(ids, false);
        apply(before, after);
        for (Map.Entry<Long, Card> moved : after.entrySet()) {
            Card was = before.get(moved.getKey());
            if (was != null && !was.path().equals(moved.getValue().path())) {
                events.publishEvent(new WorkerMoved(moved.getKey(), was.path(), moved.getValue().path()));
            }
        }
        return result;
    }

    /** A card just inserted. */
    void added(long id) {
        apply(Map.of(), cards(List.of(id), false));
    }

    /** Counts every card again, set-based: after a bulk load that wrote cards past the services. */
    @Transactional
    public void rebuild() {
        jdbc.getJdbcTemplate().update("DELETE FROM worker_tally");
        jdbc.getJdbcTemplate().update(REBUILD);
    }

    private Map<Long, Card> cards(Collection<Long> ids, boolean lock) {
        Map<Long, Card> cards = new HashMap<>();
        jdbc.query("SELECT id, home_region_path, " + monthOf("created_at") + " created, " + monthOf("confirmed_at")
                        + " confirmed, poverty_registered FROM worker WHERE id IN (:ids)" + (lock ? " FOR UPDATE" : ""),
                new MapSqlParameterSource("ids", ids), rs -> {
                    cards.put(rs.getLong("id"), new Card(rs.getString("home_region_path"),
                            rs.getDate("created").toLocalDate(), rs.getDate("confirmed").toLocalDate(),
                            rs.getBoolean("poverty_registered")));
                });
        return cards;
    }

    private void apply(Map<Long, Card> before, Map<Long, Card> after) {
        // sorted, so two transactions touch the rows in one order and cannot deadlock on them
        Map<String, long[]> deltas = new TreeMap<>();
        before.values().forEach(card -> add(deltas, card, -1));
        after.values().forEach(card -> add(deltas, card, 1));
        List<MapSqlParameterSource> rows = new ArrayList<>();
        deltas.forEach((key, d) -> {
            if (d[0] != 0 || d[1] != 0 || d[2] != 0) {
                int cut = key.indexOf(' ');
                rows.add(new MapSqlParameterSource().addValue("path", key.substring(cut + 1))
                        .addValue("month", LocalDate.parse(key.substring(0, cut)))
                        .addValue("r", d[0]).addValue("v", d[1]).addValue("c", d[2]));
            }
        });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO worker_tally (region_path, month, registered, poverty, confirmed) "
                    + "VALUES (:path, :month, :r, :v, :c) ON DUPLICATE KEY UPDATE registered = registered + VALUES(registered), "
                    + "poverty = poverty + VALUES(poverty), confirmed = confirmed + VALUES(confirmed)",
                    rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    private static void add(Map<String, long[]> deltas, Card card, int sign) {
        long[] created = deltas.computeIfAbsent(card.created() + " " + card.path(), k -> new long[3]);
        created[0] += sign;
        created[1] += card.poverty() ? sign : 0;
        deltas.computeIfAbsent(card.confirmed() + " " + card.path(), k -> new long[3])[2] += sign;
    }

    /** 建档人数, 建档立卡 and 待年度复核 of a region and below. */
    record Totals(long cards, long poverty, long stale) {
    }

    Totals totals(RegionScope scope, LocalDateTime staleBefore) {
        LocalDate boundary = staleBefore.toLocalDate().withDayOfMonth(1);
        MapSqlParameterSource args = new MapSqlParameterSource("path", scope.likePattern()).addValue("boundary", boundary)
                .addValue("before", staleBefore);
        Map<String, Object> row = jdbc.queryForMap("SELECT COALESCE(SUM(registered), 0) r, COALESCE(SUM(poverty), 0) v, "
                + "COALESCE(SUM(CASE WHEN month < :boundary THEN confirmed ELSE 0 END), 0) c "
                + "FROM worker_tally WHERE region_path LIKE :path", args);
        Long late = jdbc.queryForObject("SELECT COUNT(*) " + STALE_IN_BOUNDARY_MONTH, args, Long.class);
        return new Totals(number(row.get("r")), number(row.get("v")), number(row.get("c")) + (late == null ? 0 : late));
    }

    /**
     * Cards last confirmed in the month {@code staleBefore} falls in and before it: the one month the
     * tally cannot split, counted from the cards (an index on confirmed_at keeps it to that month).
     */
    private static final String STALE_IN_BOUNDARY_MONTH = "FROM worker "
            + "WHERE confirmed_at >= :boundary AND confirmed_at < :before AND home_region_path LIKE :path";

    /** Cards and stale cards of the regions below a path, keyed by the first {@code prefixLength} characters. */
    Map<String, long[]> byPathPrefix(String likePattern, int prefixLength, LocalDateTime staleBefore) {
        LocalDate boundary = staleBefore.toLocalDate().withDayOfMonth(1);
        MapSqlParameterSource args = new MapSqlParameterSource("path", likePattern).addValue("boundary", boundary)
                .addValue("before", staleBefore).addValue("n", prefixLength);
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query("SELECT SUBSTRING(region_path, 1, :n) p, SUM(registered) r, "
                        + "SUM(CASE WHEN month < :boundary THEN confirmed ELSE 0 END) c FROM worker_tally "
                        + "WHERE region_path LIKE :path GROUP BY SUBSTRING(region_path, 1, :n)", args,
                rs -> {
                    counts.put(rs.getString("p"), new long[]{rs.getLong("r"), rs.getLong("c")});
                });
        jdbc.query("SELECT SUBSTRING(home_region_path, 1, :n) p, COUNT(*) c " + STALE_IN_BOUNDARY_MONTH
                        + " GROUP BY SUBSTRING(home_region_path, 1, :n)", args,
                rs -> {
                    counts.computeIfAbsent(rs.getString("p"), k -> new long[2])[1] += rs.getLong("c");
                });
        return counts;
    }

    /** New cards by month (1-12) of the year. */
    Map<Integer, Long> registeredByMonth(RegionScope scope, int year) {
        Map<Integer, Long> byMonth = new HashMap<>();
        jdbc.query("SELECT MONTH(month) m, SUM(registered) r FROM worker_tally WHERE region_path LIKE :path "
                        + "AND month >= :from AND month < :to GROUP BY MONTH(month)",
                new MapSqlParameterSource("path", scope.likePattern()).addValue("from", LocalDate.of(year, 1, 1))
                        .addValue("to", LocalDate.of(year + 1, 1, 1)),
                rs -> {
                    byMonth.put(rs.getInt("m"), rs.getLong("r"));
                });
        return byMonth;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
