package cn.laowu.bot.outbound;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.support.RedisKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's script against Redis: the database is stamped only when Redis's stamp is stale or missing. */
class ServiceWindowRedisTest extends PortalTestSupport {

    private static final String OLD = "2000-01-01 00:00:00";

    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;
    @Autowired
    FollowerService followers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecentStampSparesTheDatabaseAStaleOrClosedOneWritesIt() {
        String openid = newOpenid();
        String key = keys.key("window", APPID, openid);
        Instant start = Instant.now();
        window(start).opened(APPID, openid);
        assertThat(followers.find(APPID, openid).orElseThrow().getLastInboundAt()).isNotNull();
        assertThat(redis.opsForValue().get(key)).isEqualTo(String.valueOf(start.getEpochSecond()));
        assertThat(redis.getExpire(key)).isGreaterThan(ServiceWindow.OPEN_FOR.minusMinutes(1).toSeconds());

        // Another instance, ten minutes on: Redis's stamp is recent, so the database is not written.
        mark(openid);
        window(start.plus(Duration.ofMinutes(10))).opened(APPID, openid);
        assertThat(stampInDatabase(openid)).isEqualTo(OLD);
        assertThat(redis.opsForValue().get(key)).isEqualTo(String.valueOf(start.getEpochSecond()));

        // Past STAMP_EVERY: stamped again, in both.
        Instant later = start.plus(ServiceWindow.STAMP_EVERY).plusSeconds(1);
        window(later).opened(APPID, openid);
        assertThat(stampInDatabase(openid)).isNotEqualTo(OLD);
        assertThat(redis.opsForValue().get(key)).isEqualTo(String.valueOf(later.getEpochSecond()));

        // WeChat said the window is closed: the next message opens it and stamps the database.
        ServiceWindow instance = window(later.plusSeconds(5));
        instance.closed(APPID, openid);
        mark(openid);
        instance.opened(APPID, openid);
        assertThat(stampInDatabase(openid)).isNotEqualTo(OLD);
        assertThat(redis.opsForValue().get(key)).isEqualTo(String.valueOf(later.plusSeconds(5).getEpochSecond()));
    }

    private ServiceWindow window(Instant at) {
        return new ServiceWindow(redis, keys, followers, Clock.fixed(at, ZoneOffset.UTC));
    }

    private void mark(String openid) {
        jdbc.update("UPDATE wx_follower SET last_inbound_at = ? WHERE appid = ? AND openid = ?", OLD, APPID, openid);
    }

    private String stampInDatabase(String openid) {
        return jdbc.queryForObject("SELECT DATE_FORMAT(last_inbound_at, '%Y-%m-%d %H:%i:%s') FROM wx_follower "
                + "WHERE appid = ? AND openid = ?", String.class, APPID, openid);
    }
}
