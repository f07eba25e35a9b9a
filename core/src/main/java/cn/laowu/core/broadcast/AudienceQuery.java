package cn.laowu.core.broadcast;

import cn.laowu.core.outbox.Outbox;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The audience of a broadcast as SQL over followers and the archive, counted for the preview and
 * written straight into the outbox ({@code INSERT IGNORE ... SELECT}) a range of follower ids at a
 * time, so a million recipients never pass through the JVM and a rerun after a crash adds only
 * those not queued yet. Reads other features' tables, never writes them.
 */
@Component
class AudienceQuery {

    private final NamedParameterJdbcTemplate jdbc;
    private final List<AudienceNarrowing> narrowings;

    AudienceQuery(NamedParameterJdbcTemplate jdbc, List<AudienceNarrowing> narrowings) {
        this.jdbc = jdbc;
        this.narrowings = narrowings;
    }

    long count(Audience audience, Wishes wishes, LocalDateTime weekAgo, int weeklyCap) {
        MapSqlParameterSource params = params(audience, wishes, weekAgo, weeklyCap);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM wx_follower f LEFT JOIN worker w ON w.id = f.worker_id WHERE "
                + where(audience, wishes), params, Long.class);
        return n == null ? 0 : n;
    }

    long[] followerIdRange() {
        return jdbc.query("SELECT MIN(id) lo, MAX(id) hi FROM wx_follower", rs -> rs.next()
                ? new long[]{rs.getLong("lo"), rs.getLong("hi")} : new long[]{0, -1});
    }

    /** Queues the audience among followers {@code fromId..toId}; returns the rows written. */
    int queue(Broadcast broadcast, Audience audience, Wishes wishes, LocalDateTime weekAgo, int weeklyCap,
              long fromId, long toId, String subject, String state, String note, LocalDateTime now) {
        MapSqlParameterSource params = params(audience, wishes, weekAgo, weeklyCap)
                .addValue("source", broadcast.source()).addValue("kind", broadcast.getKind().messageKind().name())
                .addValue("subject", subject).addValue("state", state).addValue("note", note)
                .addValue("body", broadcast.getBody()).addValue("now", now)
                .addValue("fromId", fromId).addValue("toId", toId).addValue("bulk", Outbox.BULK);
        return jdbc.update("INSERT IGNORE INTO delivery (source, appid, openid, worker_id, priority, kind, subject, "
                + "state, note, body, status, attempts, next_attempt_at, created_at) "
                + "SELECT :source, f.appid, f.openid, f.worker_id, :bulk, :kind, :subject, :state, :note, :body, "
                + "'QUEUED', 0, :now, :now FROM wx_follower f LEFT JOIN worker w ON w.id = f.worker_id "
                + "WHERE f.id BETWEEN :fromId AND :toId AND " + where(audience, wishes), params);
    }

    private String where(Audience audience, Wishes wishes) {
        StringBuilder sql = new StringBuilder("f.subscribed = 1");
        if (audience.narrowing() != null) {
            sql.append(" AND ").append(narrowing(audience.narrowing()).condition());
        }
        String registered = "(f.worker_id IS NOT NULL AND w.home_region_path LIKE :path)";
        String unregistered = audience.appids().isEmpty() ? "FALSE" : "(f.worker_id IS NULL AND f.appid IN (:appids))";
        sql.append(switch (audience.registered()) {
            case REGISTERED -> " AND " + registered;
            case UNREGISTERED -> " AND " + unregistered;
            case ANY -> " AND (" + registered + " OR " + unregistered + ")";
        });
        if (audience.povertyOnly()) {
            sql.append(" AND w.poverty_registered = 1");
        }
        if (audience.matchWishes() && wishes != null) {
            sql.append(" AND (w.intended_area IS NULL OR w.intended_area IN (:areas))")
                    .append(" AND (w.expected_wage_fen IS NULL OR w.expected_wage_fen <= :maxWage)");
        }
        if (!audience.jobIds().isEmpty()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM job_application a WHERE a.worker_id = f.worker_id "
                    + "AND a.job_id IN (:jobIds))");
            // 已上岗: placed and working (in 东莞, say), not looking; job notices would only be noise.
            sql.append(" AND (w.id IS NULL OR w.employment_status <> 'EMPLOYED')");
        }
        sql.append(" AND NOT EXISTS (SELECT 1 FROM notice_opt_in o WHERE o.appid = f.appid AND o.openid = f.openid "
                + "AND o.template_id = '" + NoticeOptIns.ALL + "' AND o.opted_in = 0)");
        // Forced: while a broadcast is being written, statistics lag and the optimiser picks the
        // (appid, wx_msg_id) index, scanning every delivery of the account for each follower.
        sql.append(" AND (SELECT COUNT(*) FROM delivery d FORCE INDEX (idx_delivery_recipient) WHERE d.appid = f.appid AND d.openid = f.openid "
                + "AND d.created_at >= :weekAgo AND d.priority = :bulk AND d.status NOT IN ('CANCELLED', 'FAILED')) < :cap");
        return sql.toString();
    }

    /** A narrowing nobody registered is an error, never a wider audience. */
    private AudienceNarrowing narrowing(String name) {
        String kind = name.substring(0, name.indexOf(':'));
        return narrowings.stream().filter(n -> n.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No audience narrowing " + kind));
    }

    private static MapSqlParameterSource params(Audience audience, Wishes wishes, LocalDateTime weekAgo, int weeklyCap) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("narrowId", audience.narrowing() == null ? null
                        : Long.valueOf(audience.narrowing().substring(audience.narrowing().indexOf(':') + 1)))
                .addValue("path", audience.regionPath() + "%")
                .addValue("appids", audience.appids().isEmpty() ? null : audience.appids())
                .addValue("jobIds", audience.jobIds().isEmpty() ? null : audience.jobIds())
                .addValue("weekAgo", weekAgo).addValue("cap", weeklyCap).addValue("bulk", Outbox.BULK);
        if (wishes != null) {
            params.addValue("areas", wishes.areas()).addValue("maxWage", wishes.maxWageFen());
        }
        return params;
    }
}
