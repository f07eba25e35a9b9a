package cn.laowu.core.outbox;

import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything sent to workers goes through here: a delivery row per message per follower, written
 * in the caller's transaction (so a rolled-back change tells nobody and a committed one is never
 * lost), then claimed and sent by the bot's sender on whichever instance gets it first.
 */
@Service
public class Outbox {

    static final int SINGLE = 0;
    public static final int BULK = 1;
    /**
     * WeChat's own code for a mass send to fewer than two openids (40130): recorded on a row that
     * waits for company, and on the last row of a broadcast, which cannot go alone.
     */
    public static final int WAITING_FOR_COMPANY = 40130;

    private final DeliveryMapper deliveries;
    private final FollowerService followers;
    private final ApplicationEventPublisher events;
    private final QuietHours quietHours;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Outbox(DeliveryMapper deliveries, FollowerService followers, ApplicationEventPublisher events,
                  QuietHours quietHours, JdbcTemplate jdbc, Clock clock) {
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.followers = followers;
        this.events = events;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /** A delivery WeChat accepted: by which channel, and the message id its finish event will name (templates). */
    public record Accepted(Delivery delivery, String channel, String msgId) {
    }

    /**
     * Queues the message for every account the worker follows (must run in the transaction of the
     * change it reports). A worker who follows no account cannot be reached: the outcome says so at once.
     *
     * @return how many deliveries were queued (0 when already queued, or nobody to reach)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toWorker(long workerId, Message message) {
        return toWorker(workerId, message, null);
    }

    /** As {@link #toWorker(long, Message)}, sent no earlier than {@code notBefore} (UTC; null: at once). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toWorker(long workerId, Message message, LocalDateTime notBefore) {
        List<Follower> reachable = followers.ofWorkers(List.of(workerId)).stream()
                .filter(f -> Boolean.TRUE.equals(f.getSubscribed())).toList();
        if (reachable.isEmpty()) {
            events.publishEvent(new DeliveryOutcome(message.source(), workerId, false));
            return 0;
        }
        int queued = 0;
        for (Follower follower : reachable) {
            queued += queue(follower.getAppid(), follower.getOpenid(), workerId, message, notBefore);
        }
        return queued;
    }

    /**
     * Queues the message for one follower who is not (yet) a worker, such as a complainant who has
     * not registered (must run in the transaction of the change it reports; once per source). Someone
     * who wrote to us follows the account unless they have since unsubscribed.
     *
     * @return how many deliveries were queued (0 when already queued, or unsubscribed)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toFollower(String appid, String openid, Message message) {
        return toFollower(appid, openid, message, null);
    }

    /** As {@link #toFollower(String, String, Message)}, sent no earlier than {@code notBefore} (UTC; null: at once). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toFollower(String appid, String openid, Message message, LocalDateTime notBefore) {
        boolean gone = followers.find(appid, openid).map(f -> Boolean.FALSE.equals(f.getSubscribed())).orElse(false);
        if (gone) {
            events.publishEvent(new DeliveryOutcome(message.source(), null, false));
            return 0;
        }
        return queue(appid, openid, null, message, notBefore);
    }

    private int queue(String appid, String openid, Long workerId, Message message, LocalDateTime notBefore) {
        // Whole seconds, as the column keeps them: a rounded-up time would not be due for a second.
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Delivery row = new Delivery();
        row.setSource(message.source());
        row.setAppid(appid);
        row.setOpenid(openid);
        row.setWorkerId(workerId);
        row.setPriority(message.kind().bulk() ? BULK : SINGLE);
        row.setKind(message.kind());
        row.setSubject(cut(message.subject() == null ? "" : message.subject(), 64));
        row.setState(cut(message.state() == null ? "" : message.state(), 32));
        row.setNote(cut(message.note(), 200));
        row.setBody(cut(message.body() == null ? "" : message.body(), 1000));
        row.setNextAttemptAt(notBefore != null && notBefore.isAfter(now) ? notBefore.withNano(0) : now);
        row.setCreatedAt(now);
        return deliveries.insertOnce(row);
    }

    /**
     * Claims up to {@code limit} due deliveries for {@code owner} until {@code lease} ends: nobody
     * else sends them meanwhile; if the owner dies they are due again when the lease ends. In
     * quiet hours only single notices are claimed. READ COMMITTED: no gap locks, so instances
     * claiming side by side do not deadlock on the rows between theirs.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<Delivery> claim(String owner, int limit, Duration lease) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean bulk = !quietHours.isQuiet(clock.instant());
        List<Long> ids = new ArrayList<>(deliveries.lockExpired(now, bulk, limit));
        if (ids.size() < limit) {
            ids.addAll(deliveries.lockQueued(now, SINGLE, limit - ids.size()));
        }
        if (ids.size() < limit && bulk) {
            ids.addAll(deliveries.lockQueued(now, BULK, limit - ids.size()));
        }
        return lease(ids, owner, now, lease);
    }

    /**
     * A mass send's company: claims, like {@link #claim}, up to {@code limit} other queued rows of
     * the same broadcast and account, so they go in one mass call (WeChat takes 2–10,000 openids a
     * call and 100 calls a day). Rows waiting only for company ({@link #WAITING_FOR_COMPANY}) are
     * taken before they are due.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<Delivery> claimCompany(String owner, String source, String appid, int limit, Duration lease) {
        if (limit <= 0) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return lease(deliveries.lockCompany(source, appid, now, WAITING_FOR_COMPANY, limit), owner, now, lease);
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
                        .setSql("attempts = GREATEST(attempts - 1, 0)"));
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

    /** WeChat accepted it; {@code msgId} (template messages) is what the finish event will name. */
    public void sent(Delivery delivery, String channel, String msgId) {
        sent(List.of(new Accepted(delivery, channel, msgId)));
    }

    /**
     * Records several accepted deliveries in one statement (one round trip, one commit), so a
     * fast sender does not pay a commit per message. As for a single row, only rows still held
     * under the lease they were claimed with are settled; a row another instance has taken over
     * is left to it.
     *
     * @return how many were settled
     */
    public int sent(List<Accepted> accepted) {
        if (accepted.isEmpty()) {
            return 0;
        }
        // Whole seconds, as the column keeps them, so the rare check below can find them again.
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Map<String, List<Accepted>> byLease = new LinkedHashMap<>();
        accepted.forEach(a -> byLease.computeIfAbsent(a.delivery().getLeasedBy(), k -> new ArrayList<>()).add(a));
        List<Delivery> settled = new ArrayList<>();
        for (Map.Entry<String, List<Accepted>> lease : byLease.entrySet()) {
            List<Accepted> rows = lease.getValue();
            if (markSent(rows, lease.getKey(), now) == rows.size()) {
                rows.forEach(a -> settled.add(a.delivery()));
            } else {
                // Some lease ran out and another instance took the row (it settles and reports it):
                // report only those this statement settled.
                Set<Long> ours = new HashSet<>(deliveries.sentAt(rows.stream().map(a -> a.delivery().getId()).toList(),
                        lease.getKey(), now));
                rows.stream().map(Accepted::delivery).filter(d -> ours.contains(d.getId())).forEach(settled::add);
            }
        }
        settled.forEach(d -> events.publishEvent(new DeliveryOutcome(d.getSource(), d.getWorkerId(), true)));
        return settled.size();
    }

    /** A passing fault: due again after {@code delay}. */
    public void retryLater(Delivery delivery, int errorCode, Duration delay) {
        settle(delivery, new LambdaUpdateWrapper<Delivery>().set(Delivery::getStatus, DeliveryStatus.QUEUED)
                .set(Delivery::getErrorCode, errorCode)
                .set(Delivery::getNextAttemptAt, LocalDateTime.now(clock).plus(delay)));
    }

    /** Given up: the code says why (43004 unsubscribed, 40003 unknown openid ...). */
    public void failed(Delivery delivery, int errorCode) {
        if (settle(delivery, new LambdaUpdateWrapper<Delivery>().set(Delivery::getStatus, DeliveryStatus.FAILED)
                .set(Delivery::getErrorCode, errorCode).set(Delivery::getFinishedAt, LocalDateTime.now(clock)))) {
            events.publishEvent(new DeliveryOutcome(delivery.getSource(), delivery.getWorkerId(), false));
        }
    }

    /**
     * TEMPLATESENDJOBFINISH ({@code success}, {@code failed:user block}, {@code failed: system failed})
     * or MASSSENDJOBFINISH ({@code send success}, {@code send fail}, {@code err(...)}) for a message id.
     * @return whether a delivery of ours had that message id
     */
    public boolean finished(String appid, String msgId, String wechatStatus) {
        if (msgId == null || msgId.isBlank()) {
            return false;
        }
        String status = wechatStatus == null ? "" : wechatStatus.replace(" ", "").toLowerCase();
        // Template: "success"; mass send: "send success"; failures name themselves.
        DeliveryStatus outcome = status.contains("success") && !status.contains("fail") ? DeliveryStatus.DELIVERED
                : status.contains("block") ? DeliveryStatus.BLOCKED : DeliveryStatus.FAILED;
        return deliveries.update(null, new LambdaUpdateWrapper<Delivery>().eq(Delivery::getAppid, appid)
                .eq(Delivery::getWxMsgId, msgId).eq(Delivery::getStatus, DeliveryStatus.SENT)
                .set(Delivery::getStatus, outcome).set(Delivery::getFinishedAt, LocalDateTime.now(clock))) > 0;
    }

    /** Stops what has not gone yet of a broadcast; what went stays on record. */
    public int cancel(String source) {
        return deliveries.update(null, new LambdaUpdateWrapper<Delivery>().eq(Delivery::getSource, source)
                .eq(Delivery::getStatus, DeliveryStatus.QUEUED).set(Delivery::getStatus, DeliveryStatus.CANCELLED)
                .set(Delivery::getFinishedAt, LocalDateTime.now(clock)));
    }

    /** How many bulk messages the follower has been queued since then (caps: a week's notices, a month's mass sends). */
    public long bulkSince(String appid, String openid, LocalDateTime since, String channel) {
        return deliveries.selectCount(new LambdaQueryWrapper<Delivery>().eq(Delivery::getAppid, appid)
                .eq(Delivery::getOpenid, openid).ge(Delivery::getCreatedAt, since).eq(Delivery::getPriority, BULK)
                .eq(channel != null, Delivery::getChannel, channel)
                .notIn(Delivery::getStatus, DeliveryStatus.CANCELLED, DeliveryStatus.FAILED));
    }

    /**
     * The latest job notice that reached this follower after {@code since} (sent or delivered), so a
     * reply of "1" can open its first job; uses the recipient index (appid, openid, created_at).
     */
    public Optional<Delivery> lastJobNotice(String appid, String openid, LocalDateTime since) {
        return deliveries.selectList(new LambdaQueryWrapper<Delivery>().eq(Delivery::getAppid, appid)
                .eq(Delivery::getOpenid, openid).ge(Delivery::getCreatedAt, since.minusDays(1))
                .eq(Delivery::getKind, MessageKind.JOB_NOTICE)
                .in(Delivery::getStatus, DeliveryStatus.SENT, DeliveryStatus.DELIVERED).ge(Delivery::getSentAt, since)
                .orderByDesc(Delivery::getSentAt).last("LIMIT 1")).stream().findFirst();
    }

    /** A broadcast's deliveries by status and error code: its live progress. */
    public List<Map<String, Object>> progress(String source) {
        return deliveries.selectMaps(new QueryWrapper<Delivery>()
                .select("status", "error_code", "COUNT(*) AS n").eq("source", source).groupBy("status", "error_code"));
    }

    public List<Delivery> ofSource(String source) {
        return deliveries.selectList(new LambdaQueryWrapper<Delivery>().eq(Delivery::getSource, source)
                .orderByAsc(Delivery::getId));
    }

    /**
     * One UPDATE for the rows, each with its channel and message id; only rows {@code owner} still
     * holds (SENDING under its lease) change. Plain JDBC: MyBatis's dynamic SQL for the same
     * statement cost as much CPU as the HTTP call that sent the message.
     */
    private int markSent(List<Accepted> rows, String owner, LocalDateTime now) {
        StringBuilder channels = new StringBuilder();
        StringBuilder msgIds = new StringBuilder();
        StringBuilder ids = new StringBuilder();
        List<Object> args = new ArrayList<>(rows.size() * 5 + 2);
        List<Object> msgArgs = new ArrayList<>(rows.size() * 2);
        List<Object> idArgs = new ArrayList<>(rows.size());
        args.add(now);
        for (Accepted a : rows) {
            channels.append(" WHEN ? THEN ?");
            args.add(a.delivery().getId());
            args.add(new SqlParameterValue(Types.VARCHAR, a.channel()));
            msgIds.append(" WHEN ? THEN ?");
            msgArgs.add(a.delivery().getId());
            msgArgs.add(new SqlParameterValue(Types.VARCHAR, a.msgId()));
            ids.append(ids.isEmpty() ? "?" : ",?");
            idArgs.add(a.delivery().getId());
        }
        args.addAll(msgArgs);
        args.addAll(idArgs);
        args.add(owner);
        return jdbc.update("UPDATE delivery SET status = 'SENT', sent_at = ?, error_code = NULL, lease_until = NULL, "
                + "channel = CASE id" + channels + " END, wx_msg_id = CASE id" + msgIds + " END WHERE id IN (" + ids
                + ") AND status = 'SENDING' AND leased_by = ?", args.toArray());
    }

    /** Only the instance holding the lease may settle a row: a late sender whose lease was taken over changes nothing. */
    private boolean settle(Delivery delivery, LambdaUpdateWrapper<Delivery> change) {
        return deliveries.update(null, change.eq(Delivery::getId, delivery.getId())
                .eq(Delivery::getStatus, DeliveryStatus.SENDING).eq(Delivery::getLeasedBy, delivery.getLeasedBy())
                .set(Delivery::getLeaseUntil, null)) == 1;
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
