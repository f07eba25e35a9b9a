package cn.laowu.core.outbox;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sender's side of the outbox, before WeChat is called: which rows an instance takes (a
 * lease, so a dead instance's rows come back), a mass send's company and monthly caps, and rows
 * handed back untried. Only the bot's sender calls it.
 */
@Service
public class OutboxClaims {

    private final DeliveryMapper deliveries;
    private final QuietHours quietHours;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public OutboxClaims(DeliveryMapper deliveries, QuietHours quietHours, JdbcTemplate jdbc, Clock clock) {
        this.deliveries = deliveries;
        this.quietHours = quietHours;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims up to {@code limit} due deliveries for {@code owner} until {@code lease} ends: nobody
     * else sends them meanwhile; if the owner dies they are due again when the lease ends. Late
     * chat replies come first, then rows of a dead instance, single notices, bulk. In quiet hours
     * no bulk rows are claimed. READ COMMITTED: no gap locks, so instances
     * claiming side by side do not deadlock on the rows between theirs.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<Delivery> claim(String owner, int limit, Duration lease) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean bulk = !quietHours.isQuiet(clock.instant());
        // Late chat replies first: the worker is waiting for the answer to what they just wrote.
        List<Long> ids = new ArrayList<>(deliveries.lockReplies(now, Outbox.REPLY, limit));
        if (ids.size() < limit) {
            ids.addAll(deliveries.lockExpired(now, bulk, limit - ids.size()));
        }
        if (ids.size() < limit) {
            ids.addAll(deliveries.lockQueued(now, Outbox.SINGLE, limit - ids.size()));
        }
        if (ids.size() < limit && bulk) {
            ids.addAll(deliveries.lockQueued(now, Outbox.BULK, limit - ids.size()));
        }
        return lease(ids, owner, now, lease);
    }

    /**
     * A mass send's company: claims, like {@link #claim}, up to {@code limit} other queued rows of
     * the same broadcast and account, so they go in one mass call (WeChat takes 2–10,000 openids a
     * call and 100 calls a day). Rows waiting only for company ({@link Outbox#WAITING_FOR_COMPANY}) are
     * taken before they are due.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<Delivery> claimCompany(String owner, String source, String appid, int limit, Duration lease) {
        if (limit <= 0) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return lease(deliveries.lockCompany(source, appid, now, Outbox.WAITING_FOR_COMPANY, limit), owner, now, lease);
    }

    private List<Delivery> lease(List<Long> ids, String owner, LocalDateTime now, Duration lease) {
        if (ids.isEmpty()) {
            return List.of();
        }
        deliveries.update(null, new LambdaUpdateWrapper<Delivery>().in(Delivery::getId, ids)
                .set(Delivery::getStatus, DeliveryStatus.SENDING).set(Delivery::getLeasedBy, owner)
                .set(Delivery::getLeaseUntil, now.plus(lease)).setSql("attempts = attempts + 1"));
        return deliveries.selectList(new LambdaQueryWrapper<Delivery>().in(Delivery::getId, ids)
                .orderByAsc(Delivery::getPriority).orderByAsc(Delivery::getId));
    }

    /** A broadcast's rows not settled yet on an account: how many queued, how many being sent, the earliest queued one due. */
    public record Pending(long queued, long sending, LocalDateTime earliestDue) {
    }

    public Pending pending(String source, String appid) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(status = 'QUEUED'), 0), COALESCE(SUM(status = 'SENDING'), 0), "
                + "MIN(CASE WHEN status = 'QUEUED' THEN next_attempt_at END) FROM delivery "
                + "WHERE source = ? AND appid = ? AND status IN ('QUEUED', 'SENDING')",
                (rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class)), source, appid);
    }

    /**
     * Claimed rows not tried after all (waiting for company, the account's mass budget spent):
     * queued again after {@code delay}, and the claim does not count as an attempt. A few
     * statements for any number of rows; only rows still held under their lease change.
     */
    public void putBack(List<Delivery> rows, int errorCode, Duration delay) {
        requeue(rows, errorCode, delay, "attempts = GREATEST(attempts - 1, 0)");
    }

    /**
     * Rows tried together that failed together (a mass call): queued again with one due time, so
     * they come back as one piece, and the claim counts as their attempt. Settled one by one, each
     * was due a few seconds after its own settling, and ten thousand rows came back over minutes in
     * dribbles that each took a mass call of the day's hundred.
     */
    public void retryTogether(List<Delivery> rows, int errorCode, Duration delay) {
        requeue(rows, errorCode, delay, "attempts = attempts");
    }

    private void requeue(List<Delivery> rows, int errorCode, Duration delay, String attempts) {
        LocalDateTime due = LocalDateTime.now(clock).plus(delay);
        Map<String, List<Long>> byLease = new LinkedHashMap<>();
        rows.forEach(d -> byLease.computeIfAbsent(d.getLeasedBy(), k -> new ArrayList<>()).add(d.getId()));
        byLease.forEach((owner, ids) -> {
            for (int from = 0; from < ids.size(); from += 1000) {
                deliveries.update(null, new LambdaUpdateWrapper<Delivery>()
                        .in(Delivery::getId, ids.subList(from, Math.min(ids.size(), from + 1000)))
                        .eq(Delivery::getStatus, DeliveryStatus.SENDING).eq(Delivery::getLeasedBy, owner)
                        .set(Delivery::getStatus, DeliveryStatus.QUEUED).set(Delivery::getErrorCode, errorCode)
                        .set(Delivery::getNextAttemptAt, due).set(Delivery::getLeaseUntil, null)
                        .setSql(attempts));
            }
        });
    }

    /** Which of these followers already had {@code cap} mass sends (channel {@code channel}) since then. */
    public Set<String> reachedCap(String appid, List<String> openids, LocalDateTime since, String channel, int cap) {
        Set<String> full = new HashSet<>();
        for (int from = 0; from < openids.size(); from += 1000) {
            List<String> chunk = openids.subList(from, Math.min(openids.size(), from + 1000));
            List<Object> args = new ArrayList<>(chunk.size() + 4);
            args.add(appid);
            args.addAll(chunk);
            args.add(since);
            args.add(channel);
            args.add(cap);
            full.addAll(jdbc.queryForList("SELECT openid FROM delivery FORCE INDEX (idx_delivery_recipient) WHERE appid = ? "
                    + "AND openid IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ") "
                    + "AND created_at >= ? AND priority = 1 AND channel = ? AND status NOT IN ('CANCELLED', 'FAILED') "
                    + "GROUP BY openid HAVING COUNT(*) >= ?", String.class, args.toArray()));
        }
        return full;
    }

    /** Only late chat replies: taken between two messages of a long batch, so a reply does not wait for the batch. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<Delivery> claimReplies(String owner, int limit, Duration lease) {
        LocalDateTime now = LocalDateTime.now(clock);
        return lease(deliveries.lockReplies(now, Outbox.REPLY, limit), owner, now, lease);
    }
}
