package cn.laowu.core.outbox;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A whole audience queued at once, and what came of it: the caller names its recipients as SQL over
 * followers ({@code f}); the outbox writes them with {@code INSERT IGNORE ... SELECT}, so a million
 * recipients never pass through the JVM and a rerun after a crash adds only those not queued yet
 * (one delivery per source and recipient).
 */
@Component
public class OutboxAudience {

    /**
     * Followers {@code f} under the weekly cap: fewer than {@code :cap} bulk messages since
     * {@code :weekAgo}. Forced index: while a broadcast is being written, statistics lag and the
     * optimiser picks the (appid, wx_msg_id) index, scanning every delivery of the account for each follower.
     */
    public static final String UNDER_WEEKLY_CAP = "(SELECT COUNT(*) FROM delivery d FORCE INDEX (idx_delivery_recipient) "
            + "WHERE d.appid = f.appid AND d.openid = f.openid AND d.created_at >= :weekAgo AND d.priority = :bulk "
            + "AND d.status NOT IN ('CANCELLED', 'FAILED')) < :cap";

    /** What every recipient of one mass notice gets; {@code source} keeps each recipient to one delivery. */
    public record Notice(String source, MessageKind kind, String subject, String state, String note, String body) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public OutboxAudience(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The bulk lane and the cap's window, for {@link #UNDER_WEEKLY_CAP}. */
    public static MapSqlParameterSource capParams(LocalDateTime weekAgo, int weeklyCap) {
        return new MapSqlParameterSource().addValue("weekAgo", weekAgo).addValue("cap", weeklyCap)
                .addValue("bulk", Outbox.BULK);
    }

    /**
     * Queues {@code notice} to the followers {@code FROM recipients} selects ({@code f.appid, f.openid,
     * f.worker_id} and its joins and conditions, parameters in {@code params}), on the bulk lane.
     *
     * @return the deliveries written
     */
    public int enqueueAudience(Notice notice, String recipients, MapSqlParameterSource params, LocalDateTime now) {
        MapSqlParameterSource all = params.addValue("source", notice.source()).addValue("kind", notice.kind().name())
                .addValue("subject", notice.subject()).addValue("state", notice.state()).addValue("note", notice.note())
                .addValue("body", notice.body()).addValue("now", now).addValue("bulk", Outbox.BULK);
        return jdbc.update("INSERT IGNORE INTO delivery (source, appid, openid, worker_id, priority, kind, subject, "
                + "state, note, body, status, attempts, next_attempt_at, created_at) "
                + "SELECT :source, f.appid, f.openid, f.worker_id, :bulk, :kind, :subject, :state, :note, :body, "
                + "'QUEUED', 0, :now, :now FROM " + recipients, all);
    }

    /** A source's deliveries by outcome; failures by status and WeChat's error code. */
    public record Tally(long queued, long sent, long delivered, long failed, long cancelled, List<Failure> failures) {
    }

    public record Failure(String status, Number errorCode, long count) {
    }

    /** How a mass notice is going: its deliveries counted by outcome, in one grouped query. */
    public Tally tally(String source) {
        long queued = 0, sent = 0, delivered = 0, failed = 0, cancelled = 0;
        List<Failure> failures = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT status, error_code, COUNT(*) AS n FROM delivery "
                + "WHERE source = :source GROUP BY status, error_code", new MapSqlParameterSource("source", source))) {
            String status = String.valueOf(row.get("status"));
            long n = ((Number) row.get("n")).longValue();
            switch (status) {
                case "QUEUED", "SENDING" -> queued += n;
                case "SENT" -> sent += n;
                case "DELIVERED" -> delivered += n;
                case "CANCELLED" -> cancelled += n;
                default -> {
                    failed += n;
                    failures.add(new Failure(status, (Number) row.get("error_code"), n));
                }
            }
        }
        return new Tally(queued, sent, delivered, failed, cancelled, failures);
    }

    /** How many deliveries a source has, whatever became of them. */
    public long queued(String source) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE source = :source",
                new MapSqlParameterSource("source", source), Long.class);
        return n == null ? 0 : n;
    }

    /**
     * {@code count} over the deliveries of {@code source} that reached a worker ({@code d.worker_id}
     * told at {@code d.sent_at}) and the caller's rows {@code join} adds: what a notice brought.
     */
    public long countReached(String source, String count, String join, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("SELECT " + count + " FROM delivery d " + join
                + " WHERE d.source = :source AND d.status IN ('SENT', 'DELIVERED')", params.addValue("source", source), Long.class);
        return n == null ? 0 : n;
    }
}
