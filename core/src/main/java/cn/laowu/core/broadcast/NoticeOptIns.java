package cn.laowu.core.broadcast;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Who wants job notices: WeChat's subscription-notice consent per template (accepted or refused
 * in WeChat's pop-up, reported by event), and a follower's own 退订 from every broadcast
 * (template {@link #ALL}), which broadcasts respect.
 */
@Service
public class NoticeOptIns {

    public static final String ALL = "*";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public NoticeOptIns(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String appid, String openid, String templateId, boolean optedIn) {
        jdbc.update("INSERT INTO notice_opt_in (appid, openid, template_id, opted_in, updated_at) "
                        + "VALUES (:appid, :openid, :template, :in, :now) "
                        + "ON DUPLICATE KEY UPDATE opted_in = VALUES(opted_in), updated_at = VALUES(updated_at)",
                new MapSqlParameterSource("appid", appid).addValue("openid", openid).addValue("template", templateId)
                        .addValue("in", optedIn).addValue("now", LocalDateTime.now(clock)));
    }

    public boolean optedIn(String appid, String openid, String templateId) {
        return Boolean.TRUE.equals(choice(appid, openid, templateId));
    }

    /** Whether the follower said no (as opposed to never being asked). */
    public boolean explicitlyRefused(String appid, String openid, String templateId) {
        return Boolean.FALSE.equals(choice(appid, openid, templateId));
    }

    /** true, false, or null when the follower never answered. */
    private Boolean choice(String appid, String openid, String templateId) {
        return jdbc.query("SELECT opted_in FROM notice_opt_in WHERE appid = :appid AND openid = :openid "
                        + "AND template_id = :template",
                new MapSqlParameterSource("appid", appid).addValue("openid", openid).addValue("template", templateId),
                rs -> rs.next() ? rs.getBoolean(1) : null);
    }

    /** 退订 (false) or 订阅 again (true) every broadcast of this account. */
    public void wantsBroadcasts(String appid, String openid, boolean wants) {
        record(appid, openid, ALL, wants);
    }
}
