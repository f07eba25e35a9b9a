package cn.laowu.core.follower;

import cn.laowu.core.support.Text;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who follows which account, and whether they still do: later features message only subscribers. */
@Service
public class FollowerService {

    private final FollowerMapper followers;
    private final Clock clock;

    public FollowerService(FollowerMapper followers, Clock clock) {
        this.followers = followers;
        this.clock = clock;
    }

    /**
     * The follower wrote just now (WeChat's 48-hour window opens), recorded durably. The caller
     * calls this only when its own cache holds no recent stamp; a stamp younger than
     * {@code precision} is left as it is, so a chatty follower costs no write.
     */
    public void wrote(String appid, String openid, java.time.Duration precision) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDateTime staleBefore = now.minus(precision);
        // Nothing updated: a follower not recorded yet (the usual case: Redis knew no stamp), or
        // one stamped recently. Inserting straight away spares a new follower's first message the
        // find, subscription and second stamp it cost before (six statements, now two).
        if (followers.stampInbound(appid, openid, now, staleBefore) == 0 && !insertWriting(appid, openid, now)) {
            // Recorded already, or just now by a subscription: stamped if stale.
            followers.stampInbound(appid, openid, now, staleBefore);
        }
    }

    private boolean insertWriting(String appid, String openid, LocalDateTime now) {
        try {
            return followers.insertWriting(appid, openid, now) == 1;
        } catch (DuplicateKeyException recorded) {
            return false;
        }
    }

    /** When each of these followers of one account last wrote; followers never stamped are absent. */
    public java.util.Map<String, LocalDateTime> lastInbound(String appid, Collection<String> openids) {
        if (openids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, LocalDateTime> out = new java.util.HashMap<>();
        followers.selectList(new LambdaQueryWrapper<Follower>().select(Follower::getOpenid, Follower::getLastInboundAt)
                        .eq(Follower::getAppid, appid).in(Follower::getOpenid, openids).isNotNull(Follower::getLastInboundAt))
                .forEach(f -> out.put(f.getOpenid(), f.getLastInboundAt()));
        return out;
    }

    /** The worker bound to the follower, read alone: asked on many chat turns, where the rest of the row is not needed. */
    public Optional<Long> workerOf(String appid, String openid) {
        return Optional.ofNullable(followers.workerOf(appid, openid));
    }

    public Optional<Follower> find(String appid, String openid) {
        return Optional.ofNullable(followers.selectOne(new LambdaQueryWrapper<Follower>()
                .eq(Follower::getAppid, appid).eq(Follower::getOpenid, openid)));
    }

    /**
     * Records a (re-)subscription. The first scene ever seen is kept (first touch): a later
     * scan does not take the attribution away from whoever brought the follower in.
     */
    public Follower subscribed(String appid, String openid, String scene) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Follower> existing = find(appid, openid);
        if (existing.isEmpty()) {
            Follower follower = new Follower();
            follower.setAppid(appid);
            follower.setOpenid(openid);
            follower.setSubscribed(true);
            follower.setFirstSubscribedAt(now);
            follower.setSubscribedAt(now);
            follower.setSubscribeScene(Text.blankToNull(scene));
            follower.setCreatedAt(now);
            follower.setUpdatedAt(now);
            try {
                followers.insert(follower);
                return follower;
            } catch (DuplicateKeyException raceWithRetry) {
                // Another instance inserted the same follower a moment ago: fall through to update.
            }
        }
        followers.update(null, new LambdaUpdateWrapper<Follower>()
                .eq(Follower::getAppid, appid).eq(Follower::getOpenid, openid)
                .set(Follower::getSubscribed, true)
                .set(Follower::getSubscribedAt, now)
                .set(Follower::getUpdatedAt, now)
                .setSql(Text.blankToNull(scene) != null, "subscribe_scene = COALESCE(subscribe_scene, {0})", scene));
        return find(appid, openid).orElseThrow();
    }

    /** Returns the follower; one who wrote before we ever saw a subscribe event is recorded as subscribed. */
    public Follower seen(String appid, String openid) {
        return find(appid, openid).orElseGet(() -> subscribed(appid, openid, null));
    }

    public void unsubscribed(String appid, String openid) {
        LocalDateTime now = LocalDateTime.now(clock);
        seen(appid, openid);
        followers.update(null, new LambdaUpdateWrapper<Follower>()
                .eq(Follower::getAppid, appid).eq(Follower::getOpenid, openid)
                .set(Follower::getSubscribed, false)
                .set(Follower::getUnsubscribedAt, now)
                .set(Follower::getUpdatedAt, now));
    }

    public void bindWorker(String appid, String openid, long workerId) {
        followers.update(null, new LambdaUpdateWrapper<Follower>()
                .eq(Follower::getAppid, appid).eq(Follower::getOpenid, openid)
                .set(Follower::getWorkerId, workerId)
                .set(Follower::getUpdatedAt, LocalDateTime.now(clock)));
    }

    /**
     * Credits the follower to a broker unless another holds it: the follower has no broker, or
     * the old credit is older than {@code staleBefore}, or is held by {@code replaceable} (a
     * broker who has been disabled). One conditional UPDATE, so two codes scanned at once cannot
     * both win.
     */
    public void creditBroker(String appid, String openid, long brokerId, LocalDateTime staleBefore, Long replaceable) {
        LocalDateTime now = LocalDateTime.now(clock);
        followers.update(null, new LambdaUpdateWrapper<Follower>()
                .eq(Follower::getAppid, appid).eq(Follower::getOpenid, openid)
                .and(w -> w.isNull(Follower::getBrokerId).or().lt(Follower::getBrokerAttributedAt, staleBefore)
                        .or(replaceable != null, r -> r.eq(Follower::getBrokerId, replaceable)))
                .set(Follower::getBrokerId, brokerId).set(Follower::getBrokerAttributedAt, now)
                .set(Follower::getUpdatedAt, now));
    }

    /** The followers bound to these workers, e.g. to reach them in chat. */
    public List<Follower> ofWorkers(Collection<Long> workerIds) {
        return workerIds.isEmpty() ? List.of()
                : followers.selectList(new LambdaQueryWrapper<Follower>().in(Follower::getWorkerId, workerIds));
    }

    /** How many followers a broker holds (gained through their codes and links), and how many of them registered. */
    public record Credited(long followers, long registered) {
    }

    public Credited creditedTo(long brokerId) {
        long all = followers.selectCount(new LambdaQueryWrapper<Follower>().eq(Follower::getBrokerId, brokerId));
        long registered = followers.selectCount(new LambdaQueryWrapper<Follower>().eq(Follower::getBrokerId, brokerId)
                .isNotNull(Follower::getWorkerId));
        return new Credited(all, registered);
    }

    /** The lowest and highest follower id ({0, -1} when none), to walk all followers a slice at a time. */
    public long[] idRange() {
        // An empty table gives a row of nulls, which MyBatis hands back as a null element.
        List<Map<String, Object>> rows = followers.selectMaps(new QueryWrapper<Follower>().select("MIN(id) AS lo", "MAX(id) AS hi"));
        Map<String, Object> row = rows.isEmpty() ? null : rows.get(0);
        if (row == null || row.get("lo") == null) {
            return new long[]{0, -1};
        }
        return new long[]{((Number) row.get("lo")).longValue(), ((Number) row.get("hi")).longValue()};
    }
}
