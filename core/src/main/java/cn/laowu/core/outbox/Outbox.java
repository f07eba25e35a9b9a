package cn.laowu.core.outbox;

import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything sent to workers goes through here: a delivery row per message per follower, written
 * in the caller's transaction (so a rolled-back change tells nobody and a committed one is never
 * lost), then claimed and sent by the bot's sender on whichever instance gets it first.
 */
@Service
public class Outbox {

    static final int SINGLE = 0;
    public static final int BULK = 1;

    private final DeliveryMapper deliveries;
    private final FollowerService followers;
    private final ApplicationEventPublisher events;
    private final QuietHours quietHours;
    private final Clock clock;

    public Outbox(DeliveryMapper deliveries, FollowerService followers, ApplicationEventPublisher events,
                  QuietHours quietHours, Clock clock) {
        this.deliveries = deliveries;
        this.followers = followers;
        this.events = events;
        this.quietHours = quietHours;
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
        List<Follower> reachable = followers.ofWorkers(List.of(workerId)).stream()
                .filter(f -> Boolean.TRUE.equals(f.getSubscribed())).toList();
        if (reachable.isEmpty()) {
            events.publishEvent(new DeliveryOutcome(message.source(), workerId, false));
            return 0;
        }
        int queued = 0;
        for (Follower follower : reachable) {
            queued += queue(follower.getAppid(), follower.getOpenid(), workerId, message);
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
        boolean gone = followers.find(appid, openid).map(f -> Boolean.FALSE.equals(f.getSubscribed())).orElse(false);
        if (gone) {
            events.publishEvent(new DeliveryOutcome(message.source(), null, false));
            return 0;
        }
        return queue(appid, openid, null, message);
    }

    private int queue(String appid, String openid, Long workerId, Message message) {
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
        row.setNextAttemptAt(now);
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
        if (ids.isEmpty()) {
            return List.of();
        }
        deliveries.update(null, new LambdaUpdateWrapper<Delivery>().in(Delivery::getId, ids)
                .set(Delivery::getStatus, DeliveryStatus.SENDING).set(Delivery::getLeasedBy, owner)
                .set(Delivery::getLeaseUntil, now.plus(lease)).setSql("attempts = attempts + 1"));
        return deliveries.selectList(new LambdaQueryWrapper<Delivery>().in(Delivery::getId, ids)
                .orderByAsc(Delivery::getPriority).orderByAsc(Delivery::getId));
    }

    /** WeChat accepted it; {@code msgId} (template messages) is what the finish event will name. */
    public void sent(Delivery delivery, String channel, String msgId) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (settle(delivery, new LambdaUpdateWrapper<Delivery>().set(Delivery::getStatus, DeliveryStatus.SENT)
                .set(Delivery::getChannel, channel).set(Delivery::getWxMsgId, msgId).set(Delivery::getSentAt, now)
                .set(Delivery::getErrorCode, null))) {
            events.publishEvent(new DeliveryOutcome(delivery.getSource(), delivery.getWorkerId(), true));
        }
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

    /** A broadcast's deliveries by status and error code: its live progress. */
    public List<Map<String, Object>> progress(String source) {
        return deliveries.selectMaps(new QueryWrapper<Delivery>()
                .select("status", "error_code", "COUNT(*) AS n").eq("source", source).groupBy("status", "error_code"));
    }

    public List<Delivery> ofSource(String source) {
        return deliveries.selectList(new LambdaQueryWrapper<Delivery>().eq(Delivery::getSource, source)
                .orderByAsc(Delivery::getId));
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
