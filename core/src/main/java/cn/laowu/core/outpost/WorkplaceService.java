package cn.laowu.core.outpost;

import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where a worker works now, from every source that tells us (上岗, 回访, a complaint's place, the
 * worker in chat), with the date it was last confirmed. The same place (and the same or an unknown
 * employer) confirms the current row; another place or employer ends it and starts a new one, so
 * the history stays. One worker's rows are changed one writer at a time (a lock on the worker row).
 */
@Service
public class WorkplaceService {

    private static final RowMapper<Workplace> ROW = (rs, i) -> new Workplace(rs.getLong("id"), rs.getLong("worker_id"),
            rs.getString("division_code"), rs.getString("division_path"), rs.getString("employer"),
            WorkplaceSource.valueOf(rs.getString("source")), rs.getBoolean("is_current"), time(rs.getTimestamp("first_seen_at")),
            time(rs.getTimestamp("confirmed_at")), time(rs.getTimestamp("ended_at")));

    private final JdbcTemplate jdbc;
    private final DestinationDivisions divisions;
    private final Clock clock;

    public WorkplaceService(JdbcTemplate jdbc, DestinationDivisions divisions, Clock clock) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** Records the place a text names ("广东东莞长安镇"); nothing when it names none of the table's places. */
    @Transactional
    public Optional<Workplace> recordText(long workerId, String placeText, String employer, WorkplaceSource source) {
        return divisions.read(placeText).map(place -> record(workerId, place, employer, source));
    }

    @Transactional
    public Workplace record(long workerId, DestinationDivision place, String employer, WorkplaceSource source) {
        return record(workerId, place, employer, source, LocalDateTime.now(clock));
    }

    /**
     * As {@link #record(long, DestinationDivision, String, WorkplaceSource)}, confirmed on the date the
     * source gives (a follow-up's). A different place told earlier than the current row was last
     * confirmed is older news: the current row stays.
     */
    @Transactional
    public Workplace record(long workerId, DestinationDivision place, String employer, WorkplaceSource source,
                            LocalDateTime at) {
        jdbc.queryForList(WorkerSql.LOCK_ONE, Long.class, workerId);
        Timestamp now = Timestamp.valueOf(at);
        String who = employer == null || employer.isBlank() ? null : cut(employer.strip());
        Optional<Workplace> current = current(workerId);
        if (current.isPresent() && current.get().divisionCode().equals(place.code())
                && (who == null || who.equals(current.get().employer()) || current.get().employer() == null)) {
            jdbc.update("UPDATE worker_workplace SET confirmed_at = GREATEST(confirmed_at, ?), "
                    + "employer = COALESCE(?, employer) WHERE id = ?", now, who, current.get().id());
        } else if (current.isPresent() && current.get().confirmedAt().isAfter(at)) {
            return current.get();
        } else {
            // By id: an UPDATE by worker that matches nothing (a worker's first place) locks the gap where the row
            // would go, and two new workers' first places in one gap deadlocked on their INSERTs. The worker's
            // row lock above keeps their own rows still meanwhile.
            for (Long ended : jdbc.queryForList("SELECT id FROM worker_workplace WHERE worker_id = ? AND is_current = 1",
                    Long.class, workerId)) {
                jdbc.update("UPDATE worker_workplace SET is_current = 0, ended_at = ? WHERE id = ?", now, ended);
            }
            jdbc.update("INSERT INTO worker_workplace (worker_id, division_code, division_path, employer, source, "
                            + "is_current, first_seen_at, confirmed_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                    workerId, place.code(), place.path(), who, source.name(), now, now);
        }
        return current(workerId).orElseThrow();
    }

    /**
     * The worker left this employer (回访: no longer employed): no current place until one is told
     * again. A current place at another employer (told since) stays.
     */
    @Transactional
    public void left(long workerId, String employer, LocalDateTime at) {
        jdbc.update("UPDATE worker_workplace SET is_current = 0, ended_at = ? WHERE worker_id = ? AND is_current = 1 "
                + "AND (employer IS NULL OR employer = ?)", Timestamp.valueOf(at), workerId, employer);
    }

    public Optional<Workplace> current(long workerId) {
        return jdbc.query("SELECT * FROM worker_workplace WHERE worker_id = ? AND is_current = 1", ROW, workerId)
                .stream().findFirst();
    }

    /** The city of the worker's current workplace, as workers name it ("东莞"): for jobs there first. */
    public Optional<String> currentCity(long workerId) {
        return current(workerId).flatMap(w -> divisions.find(w.divisionPath().split("/")[1]))
                .map(city -> city.name().length() > 2 ? city.name().replaceAll("市$", "") : city.name());
    }

    /** Newest first. */
    public List<Workplace> history(long workerId) {
        return jdbc.query("SELECT * FROM worker_workplace WHERE worker_id = ? ORDER BY id DESC", ROW, workerId);
    }

    private static String cut(String text) {
        return text.length() > 128 ? text.substring(0, 128) : text;
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
