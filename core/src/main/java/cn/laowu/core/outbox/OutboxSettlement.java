package cn.laowu.core.outbox;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outbox's record of WeChat's answers: sent, retried later, given up, and the finish events
 * that follow a template message or mass send. Called by the bot's sender (and its finish-event
 * handler); only the instance holding a row's lease may settle it.
 */
@Service
public class OutboxSettlement {

    private final DeliveryMapper deliveries;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public OutboxSettlement(DeliveryMapper deliveries, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.deliveries = deliveries;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A delivery WeChat accepted: by which channel, and the message id its finish event will name (templates). */
    public record Accepted(Delivery delivery, String channel, String msgId) {
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

}
