package cn.laowu.core.outbox;

import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything sent to workers goes through here: a delivery row per message per follower, written
 * in the caller's transaction (so a rolled-back change tells nobody and a committed one is never
 * lost), then claimed ({@link OutboxClaims}) and sent by the bot's sender on whichever instance
 * gets it first, which records WeChat's answer ({@link OutboxSettlement}). This class is what
 * features call: queue a message, cancel a broadcast, read how far it got.
 */
@Service
public class Outbox {

    /** The reply lane: a chat reply that overran the reply budget, claimed before anything else. */
    static final int REPLY = -1;
    static final int SINGLE = 0;
    public static final int BULK = 1;
    /**
     * WeChat's own code for a mass send to fewer than two openids (40130): recorded on a row that
     * waits for company, and on the last row of a broadcast, which cannot go alone.
     */
    public static final int WAITING_FOR_COMPANY = 40130;
    private static final String REPLY_SOURCE = "reply:";

    private final DeliveryMapper deliveries;
    private final FollowerService followers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Outbox(DeliveryMapper deliveries, FollowerService followers, ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.followers = followers;
        this.events = events;
        this.clock = clock;
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

    /**
     * A chat reply that overran the reply budget (WeChat was answered "success"): queued on the
     * reply lane, which every claim takes before anything else, and sent as a customer-service
     * message (the follower has just written, so the window is open) with the rate, retries,
     * quota handling and record of any delivery. Its own transaction: the turn that made it has
     * none. Once per inbound delivery ({@code deliveryKey}: WeChat's MsgId for a message, at most
     * 58 characters), so a retried turn does not send it twice.
     *
     * @return whether it was queued (false: already queued for that delivery)
     */
    @Transactional
    public boolean lateReply(String appid, String openid, String deliveryKey, String text) {
        Message reply = new Message(REPLY_SOURCE + deliveryKey, MessageKind.REPLY, "", "", null, text);
        return queue(appid, openid, null, reply, null) == 1;
    }

    private int queue(String appid, String openid, Long workerId, Message message, LocalDateTime notBefore) {
        // Whole seconds, as the column keeps them: a rounded-up time would not be due for a second.
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Delivery row = new Delivery();
        row.setSource(message.source());
        row.setAppid(appid);
        row.setOpenid(openid);
        row.setWorkerId(workerId);
        row.setPriority(message.kind() == MessageKind.REPLY ? REPLY : message.kind().bulk() ? BULK : SINGLE);
        row.setKind(message.kind());
        row.setSubject(cut(message.subject() == null ? "" : message.subject(), 64));
        row.setState(cut(message.state() == null ? "" : message.state(), 32));
        row.setNote(cut(message.note(), 200));
        row.setBody(cut(message.body() == null ? "" : message.body(), 1000));
        row.setNextAttemptAt(notBefore != null && notBefore.isAfter(now) ? notBefore.withNano(0) : now);
        row.setCreatedAt(now);
        return deliveries.insertOnce(row);
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

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
