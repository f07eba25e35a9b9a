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
 * The archive's counts, kept in the transaction that writes a card, so the dashboard sums a few rows
 * per village instead of counting the cards: {@code worker_total} (cards and 建档立卡 by home village)
 * and {@code worker_tally} (by month and village: cards created, cards last confirmed). Every write of
 * a card's home, 建档立卡 flag, registration or confirmation goes through {@link #around} or {@link #added}.
 */
@Component
class WorkerTally {

    /** The first day of the month of a DATETIME column, as a DATE (MySQL and MariaDB alike). */
    private static String monthOf(String column) {
        return "DATE_SUB(DATE(" + column + "), INTERVAL DAYOFMONTH(" + column + ") - 1 DAY)";
    }

    /**
     * Cards confirmed in the month a year ago, at or after the moment a year ago: the one month the
     * tally cannot split, counted from the cards (idx_worker_confirmed_home keeps it to that month).
     */
    private static final String FRESH_IN_BOUNDARY_MONTH = "FROM worker WHERE confirmed_at >= :before "
            + "AND confirmed_at < :next AND home_region_path LIKE :path";

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    WorkerTally(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What one card adds to the counts. */
    record Card(String path, LocalDate created, LocalDate confirmed, boolean poverty) {
    }

    /**
     * Runs a write of these cards and moves their counts from what they were to what they are: the
     * rows are locked first, so two writes of one card cannot both count from the same "before".
     * A card whose home moved is announced ({@link WorkerHomeMoved}): counts kept by home follow it.
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
        after.forEach((id, card) -> {
            Card was = before.get(id);
            if (was != null && !was.path().equals(card.path())) {
                events.publishEvent(new WorkerHomeMoved(id, was.path(), card.path()));
            }
        });
        return result;
    }

    /** A card just inserted. */
    void added(long id) {
        apply(Map.of(), cards(List.of(id), false));
    }

    /** Counts every card again, set-based: after a bulk load that wrote cards past the services. */
    @Transactional
    public void rebuild() {
        jdbc.getJdbcTemplate().update("DELETE FROM worker_total");
        jdbc.getJdbcTemplate().update("DELETE FROM worker_tally");
        jdbc.getJdbcTemplate().update("INSERT INTO worker_total (region_path, cards, poverty) "
                + "SELECT home_region_path, COUNT(*), SUM(poverty_registered) FROM worker GROUP BY home_region_path");
        jdbc.getJdbcTemplate().update("INSERT INTO worker_tally (month, region_path, registered, confirmed) "
                + "SELECT m, p, SUM(r), SUM(c) FROM (SELECT " + monthOf("created_at") + " m, home_region_path p, "
                + "COUNT(*) r, 0 c FROM worker GROUP BY " + monthOf("created_at") + ", home_region_path UNION ALL "
                + "SELECT " + monthOf("confirmed_at") + ", home_region_path, 0, COUNT(*) FROM worker "
                + "GROUP BY " + monthOf("confirmed_at") + ", home_region_path) t GROUP BY m, p");
    }

    private Map<Long, Card> cards(Collection<Long> ids, boolean lock) {
        Map<Long, Card> cards = new HashMap<>();
        jdbc.query("SELECT id, home_region_path, " + monthOf("created_at") + " created, " + monthOf("confirmed_at")
                        + " confirmed, poverty_registered FROM worker WHERE id IN (:ids)" + (lock ? " FOR UPDATE" : ""),
                new MapSqlParameterSource("ids", ids), rs -> {
                    cards.put(rs.getLong("id"), new Card(rs.getString("home_region_path"),
                            rs.getObject("created", LocalDate.class), rs.getObject("confirmed", LocalDate.class),
                            rs.getBoolean("poverty_registered")));
                });
        return cards;
    }

    private void apply(Map<Long, Card> before, Map<Long, Card> after) {
        // sorted, so two transactions touch the rows in one order and cannot deadlock on them
        Map<String, long[]> totals = new TreeMap<>();
        Map<String, long[]> months = new TreeMap<>();
        before.values().forEach(card -> add(totals, months, card, -1));
        after.values().forEach(card -> add(totals, months, card, 1));
        List<MapSqlParameterSource> totalRows = new ArrayList<>();
        totals.forEach((path, d) -> {
            if (d[0] != 0 || d[1] != 0) {
                totalRows.add(new MapSqlParameterSource("path", path).addValue("cards", d[0]).addValue("poverty", d[1]));
            }
        });
        List<MapSqlParameterSource> monthRows = new ArrayList<>();
        months.forEach((key, d) -> {
            if (d[0] != 0 || d[1] != 0) {
                monthRows.add(new MapSqlParameterSource("month", LocalDate.parse(key.substring(0, 10)))
                        .addValue("path", key.substring(11)).addValue("r", d[0]).addValue("c", d[1]));
            }
        });
        if (!totalRows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO worker_total (region_path, cards, poverty) VALUES (:path, :cards, :poverty) "
                            + "ON DUPLICATE KEY UPDATE cards = cards + VALUES(cards), poverty = poverty + VALUES(poverty)",
                    totalRows.toArray(MapSqlParameterSource[]::new));
        }
        if (!monthRows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO worker_tally (month, region_path, registered, confirmed) VALUES (:month, :path, "
                            + ":r, :c) ON DUPLICATE KEY UPDATE registered = registered + VALUES(registered), "
                            + "confirmed = confirmed + VALUES(confirmed)", monthRows.toArray(MapSqlParameterSource[]::new));
        }
    }

    private static void add(Map<String, long[]> totals, Map<String, long[]> months, Card card, int sign) {
        long[] total = totals.computeIfAbsent(card.path(), k -> new long[2]);
        total[0] += sign;
        total[1] += card.poverty() ? sign : 0;
        months.computeIfAbsent(card.created() + " " + card.path(), k -> new long[2])[0] += sign;
        months.computeIfAbsent(card.confirmed() + " " + card.path(), k -> new long[2])[1] += sign;
    }

    /** 建档人数, 建档立卡 and 待年度复核 of a region and below. */
    record Totals(long cards, long poverty, long stale) {
    }

    /** @param staleBefore cards last confirmed before it are due (a year ago) */
    Totals totals(RegionScope scope, LocalDateTime staleBefore) {
        MapSqlParameterSource args = args(scope.likePattern(), staleBefore);
        Map<String, Object> total = jdbc.queryForMap("SELECT COALESCE(SUM(cards), 0) c, COALESCE(SUM(poverty), 0) v "
                + "FROM worker_total WHERE region_path LIKE :path", args);
        Long confirmedSince = jdbc.queryForObject("SELECT COALESCE(SUM(confirmed), 0) FROM worker_tally "
                + "WHERE month >= :next AND region_path LIKE :path", args, Long.class);
        Long fresh = jdbc.queryForObject("SELECT COUNT(*) " + FRESH_IN_BOUNDARY_MONTH, args, Long.class);
        long cards = number(total.get("c"));
        return new Totals(cards, number(total.get("v")), cards - number(confirmedSince) - number(fresh));
    }

    /** Cards and stale cards of the regions below a path, keyed by the first {@code prefixLength} characters. */
    Map<String, long[]> byPathPrefix(String likePattern, int prefixLength, LocalDateTime staleBefore) {
        MapSqlParameterSource args = args(likePattern, staleBefore).addValue("n", prefixLength);
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query("SELECT SUBSTRING(region_path, 1, :n) p, SUM(cards) c FROM worker_total WHERE region_path LIKE :path "
                + "GROUP BY p", args, rs -> {
                    long cards = rs.getLong("c");
                    counts.put(rs.getString("p"), new long[]{cards, cards});
                });
        // not stale: confirmed in a later month, or in that month at or after the moment a year ago
        jdbc.query("SELECT SUBSTRING(region_path, 1, :n) p, SUM(confirmed) c FROM worker_tally WHERE month >= :next "
                + "AND region_path LIKE :path GROUP BY p UNION ALL "
                + "SELECT SUBSTRING(home_region_path, 1, :n) p, COUNT(*) c " + FRESH_IN_BOUNDARY_MONTH + " GROUP BY p",
                args, rs -> {
                    counts.computeIfAbsent(rs.getString("p"), k -> new long[2])[1] -= rs.getLong("c");
                });
        return counts;
    }

    /** New cards by month (1-12) of the year. */
    Map<Integer, Long> registeredByMonth(RegionScope scope, int year) {
        Map<Integer, Long> byMonth = new HashMap<>();
        jdbc.query("SELECT MONTH(month) m, SUM(registered) r FROM worker_tally WHERE month >= :from AND month < :to "
                        + "AND region_path LIKE :path GROUP BY MONTH(month)",
                new MapSqlParameterSource("path", scope.likePattern()).addValue("from", LocalDate.of(year, 1, 1))
                        .addValue("to", LocalDate.of(year + 1, 1, 1)),
                rs -> {
                    byMonth.put(rs.getInt("m"), rs.getLong("r"));
                });
        return byMonth;
    }

    /** The path pattern, the moment a year ago and the first day of the month after it. */
    private static MapSqlParameterSource args(String likePattern, LocalDateTime staleBefore) {
        return new MapSqlParameterSource("path", likePattern).addValue("before", staleBefore)
                .addValue("next", staleBefore.toLocalDate().withDayOfMonth(1).plusMonths(1));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
