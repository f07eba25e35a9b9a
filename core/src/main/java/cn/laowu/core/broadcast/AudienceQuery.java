package cn.laowu.core.broadcast;

import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.follower.FollowerSql;
import cn.laowu.core.outbox.OutboxAudience;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The audience of a broadcast as one SQL condition over followers and the archive, counted for the
 * preview and handed to the outbox to queue a range of follower ids at a time. Each table's part comes
 * from its owner ({@link FollowerSql}, {@link WorkerSql}, {@link ApplicationSql}, the outbox's cap);
 * only the opt-outs are the broadcast's own.
 */
@Component
class AudienceQuery {

    private static final String RECIPIENTS = FollowerSql.FROM + " " + WorkerSql.leftJoinOn("f.worker_id");

    private final NamedParameterJdbcTemplate jdbc;
    private final List<AudienceNarrowing> narrowings;
    private final FollowerService followers;
    private final OutboxAudience outbox;

    AudienceQuery(NamedParameterJdbcTemplate jdbc, List<AudienceNarrowing> narrowings, FollowerService followers,
                  OutboxAudience outbox) {
        this.jdbc = jdbc;
        this.narrowings = narrowings;
        this.followers = followers;
        this.outbox = outbox;
    }

    long count(Audience audience, Wishes wishes, LocalDateTime weekAgo, int weeklyCap) {
        MapSqlParameterSource params = params(audience, wishes, weekAgo, weeklyCap);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + RECIPIENTS + " WHERE " + where(audience, wishes), params, Long.class);
        return n == null ? 0 : n;
    }

    long[] followerIdRange() {
        return followers.idRange();
    }

    /** Queues the audience among followers {@code fromId..toId}; returns the rows written. */
    int queue(Broadcast broadcast, Audience audience, Wishes wishes, LocalDateTime weekAgo, int weeklyCap,
              long fromId, long toId, String subject, String state, String note, LocalDateTime now) {
        MapSqlParameterSource params = params(audience, wishes, weekAgo, weeklyCap)
                .addValue("fromId", fromId).addValue("toId", toId);
        OutboxAudience.Notice notice = new OutboxAudience.Notice(broadcast.source(), broadcast.getKind().messageKind(),
                subject, state, note, broadcast.getBody());
        return outbox.enqueueAudience(notice, RECIPIENTS + " WHERE " + FollowerSql.ID_BETWEEN + " AND "
                + where(audience, wishes), params, now);
    }

    private String where(Audience audience, Wishes wishes) {
        StringBuilder sql = new StringBuilder(FollowerSql.SUBSCRIBED);
        if (audience.narrowing() != null) {
            sql.append(" AND ").append(narrowing(audience.narrowing()).condition());
        }
        String registered = "(f.worker_id IS NOT NULL AND " + WorkerSql.LIVES_UNDER + ")";
        String unregistered = audience.appids().isEmpty() ? "FALSE" : "(f.worker_id IS NULL AND f.appid IN (:appids))";
        sql.append(switch (audience.registered()) {
            case REGISTERED -> " AND " + registered;
            case UNREGISTERED -> " AND " + unregistered;
            case ANY -> " AND (" + registered + " OR " + unregistered + ")";
        });
        if (audience.povertyOnly()) {
            sql.append(" AND ").append(WorkerSql.POVERTY_REGISTERED);
        }
        if (audience.matchWishes() && wishes != null) {
            sql.append(" AND ").append(WorkerSql.WISHES_FIT);
        }
        if (!audience.jobIds().isEmpty()) {
            sql.append(" AND ").append(ApplicationSql.notAppliedTo("f.worker_id"));
            // 已上岗: placed and working (in 东莞, say), not looking; job notices from home would only be
            // noise. A notice narrowed to where they work now (an outpost's 转岗换岗 jobs) is for them.
            if (audience.narrowing() == null) {
                sql.append(" AND ").append(WorkerSql.NOT_EMPLOYED);
            }
        }
        sql.append(" AND NOT EXISTS (SELECT 1 FROM notice_opt_in o WHERE o.appid = f.appid AND o.openid = f.openid "
                + "AND o.template_id = '" + NoticeOptIns.ALL + "' AND o.opted_in = 0)");
        sql.append(" AND ").append(OutboxAudience.UNDER_WEEKLY_CAP);
        return sql.toString();
    }

    /** A narrowing nobody registered is an error, never a wider audience. */
    private AudienceNarrowing narrowing(String name) {
        String kind = name.substring(0, name.indexOf(':'));
        return narrowings.stream().filter(n -> n.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No audience narrowing " + kind));
    }

    private static MapSqlParameterSource params(Audience audience, Wishes wishes, LocalDateTime weekAgo, int weeklyCap) {
        MapSqlParameterSource params = OutboxAudience.capParams(weekAgo, weeklyCap)
                .addValue("narrowId", audience.narrowing() == null ? null
                        : Long.valueOf(audience.narrowing().substring(audience.narrowing().indexOf(':') + 1)))
                .addValue("path", audience.regionPath() + "%")
                .addValue("appids", audience.appids().isEmpty() ? null : audience.appids())
                .addValue("jobIds", audience.jobIds().isEmpty() ? null : audience.jobIds());
        if (wishes != null) {
            params.addValue("areas", wishes.areas()).addValue("maxWage", wishes.maxWageFen());
        }
        return params;
    }
}
