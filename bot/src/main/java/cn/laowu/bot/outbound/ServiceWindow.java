package cn.laowu.bot.outbound;

import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.support.RedisKeys;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WeChat's customer-service window: a follower who wrote in the last 48 hours may be sent
 * customer-service messages. Kept in Redis with the window as its lifetime, and recorded in the
 * database (the follower's last inbound time) so a restart with an empty Redis does not forget
 * who wrote minutes ago. The database is written at most once per {@link #STAMP_EVERY} per
 * follower: Redis holds when the stamp was last written. An instance that refreshed a follower's
 * window less than {@link #REFRESH_AFTER} ago does not touch Redis again: one round trip fewer for
 * every message of a dialog but its first (the window then ends at most that much early).
 */
@Component
public class ServiceWindow {

    /** A little short of WeChat's 48 hours, so a message queued at the edge does not bounce. */
    static final Duration OPEN_FOR = Duration.ofHours(47);
    /** How stale the database's stamp may be; a window read from it is shortened by as much. */
    static final Duration STAMP_EVERY = Duration.ofHours(1);
    /** Kept in Redis after WeChat said the window is closed: the channel is not tried again for nothing. */
    private static final String CLOSED = "closed";
    static final Duration REFRESH_AFTER = Duration.ofMinutes(30);
    /**
     * Opens the window for OPEN_FOR (ARGV[3], seconds) and keeps when the database was last stamped
     * (ARGV[1] now, ARGV[2] STAMP_EVERY in seconds): 1 when that stamp is recent, 0 when the window
     * now says "stamped now" and the caller writes the database. One round trip for a read and a write.
     */
    private static final DefaultRedisScript<Long> REFRESH = new DefaultRedisScript<>("""
            local v = redis.call('GET', KEYS[1])
            local stamped = nil
            if v and string.match(v, '^%d+$') and #v >= 9 and #v <= 12 then stamped = tonumber(v) end
            local recent = stamped ~= nil and tonumber(ARGV[1]) - stamped < tonumber(ARGV[2])
            if recent then
              redis.call('SET', KEYS[1], v, 'EX', ARGV[3])
              return 1
            end
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
            return 0
            """, Long.class);
    private static final int REMEMBERED_AT_MOST = 200_000;

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final FollowerService followers;
    private final Clock clock;
    /** When this instance last refreshed each follower's window, epoch seconds (bounded: cleared when full). */
    private final Map<String, Long> recentlyRefreshed = new ConcurrentHashMap<>();

    public ServiceWindow(StringRedisTemplate redis, RedisKeys keys, FollowerService followers, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.followers = followers;
        this.clock = clock;
    }

    /** Which windows a batch's followers have: open, or known to be closed; the rest are not known. */
    public record Windows(Set<String> open, Set<String> closed) {
        public boolean open(Delivery d) {
            return open.contains(d.getAppid() + " " + d.getOpenid());
        }

        public boolean knownClosed(Delivery d) {
            return closed.contains(d.getAppid() + " " + d.getOpenid());
        }
    }

    public void opened(String appid, String openid) {
        long now = clock.instant().getEpochSecond();
        String key = key(appid, openid);
        Long refreshed = recentlyRefreshed.get(key);
        if (refreshed != null && now - refreshed < REFRESH_AFTER.toSeconds()) {
            return;
        }
        if (recentlyRefreshed.size() >= REMEMBERED_AT_MOST) {
            recentlyRefreshed.clear();
        }
        recentlyRefreshed.put(key, now);
        boolean stampIsRecent;
        try {
            stampIsRecent = Long.valueOf(1).equals(redis.execute(REFRESH, List.of(key), String.valueOf(now),
                    String.valueOf(STAMP_EVERY.toSeconds()), String.valueOf(OPEN_FOR.toSeconds())));
        } catch (DataAccessException redisDown) {
            stampIsRecent = false; // the database has it
        }
        if (!stampIsRecent) {
            followers.wrote(appid, openid, STAMP_EVERY);
        }
    }

    /** The windows of a batch's followers, in one Redis round trip and, for those Redis does not know, one query per account. */
    public Windows among(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return new Windows(Set.of(), Set.of());
        }
        List<String> values;
        try {
            values = redis.opsForValue().multiGet(deliveries.stream().map(d -> key(d.getAppid(), d.getOpenid())).toList());
        } catch (DataAccessException redisDown) {
            values = null;
        }
        Set<String> open = new HashSet<>();
        Set<String> closed = new HashSet<>();
        Map<String, List<String>> unknownByAccount = new LinkedHashMap<>();
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery d = deliveries.get(i);
            String value = values == null ? null : values.get(i);
            if (CLOSED.equals(value)) {
                closed.add(d.getAppid() + " " + d.getOpenid());
            } else if (value != null) {
                open.add(d.getAppid() + " " + d.getOpenid());
            } else {
                unknownByAccount.computeIfAbsent(d.getAppid(), k -> new ArrayList<>()).add(d.getOpenid());
            }
        }
        LocalDateTime openSince = LocalDateTime.now(clock).minus(OPEN_FOR).plus(STAMP_EVERY);
        unknownByAccount.forEach((appid, openids) -> followers.lastInbound(appid, new HashSet<>(openids))
                .forEach((openid, at) -> (at.isAfter(openSince) ? open : closed).add(appid + " " + openid)));
        return new Windows(open, closed);
    }

    void closed(String appid, String openid) {
        recentlyRefreshed.remove(key(appid, openid));
        try {
            redis.opsForValue().set(key(appid, openid), CLOSED, OPEN_FOR);
        } catch (DataAccessException redisDown) {
            // Only spares a later try.
        }
    }

    private String key(String appid, String openid) {
        return keys.key("window", appid, openid);
    }
}
