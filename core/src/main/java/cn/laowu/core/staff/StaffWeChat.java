package cn.laowu.core.staff;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A staff member binds their WeChat by scanning a one-time QR code in the console (scene
 * {@code staff:TOKEN}, 10 minutes, once), so that the monthly 调度 summary of their unit reaches them.
 */
@Service
public class StaffWeChat {

    public static final String SCENE_PREFIX = "staff:";
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final StaffAccountMapper accounts;
    private final AuditLog audit;
    private final Clock clock;

    public StaffWeChat(JdbcTemplate jdbc, StaffAccountMapper accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A bound staff member: where their summary goes. */
    public record Binding(long staffId, String displayName, String regionCode, String appid, String openid) {
    }

    public static boolean isScene(String scene) {
        return scene != null && scene.matches("staff:[0-9A-Za-z]{24}");
    }

    /** A new one-time code for the staff member themselves; returns the QR scene. */
    @Transactional
    public String issue(Actor actor, long staffId) {
        String token = Text.randomCode(24);
        jdbc.update("INSERT INTO staff_wechat_token (token, staff_id, expires_at) VALUES (?, ?, ?)",
                token, staffId, LocalDateTime.now(clock).plus(CODE_LIFETIME));
        audit.record(actor, "ISSUE_STAFF_WECHAT_CODE", "staff", staffId, null, "10分钟内有效");
        return SCENE_PREFIX + token;
    }

    /** Spends a code: once, before it expires, for an enabled account. Empty when it cannot be used. */
    @Transactional
    public Optional<StaffAccount> bind(String appid, String openid, String scene) {
        if (!isScene(scene)) {
            return Optional.empty();
        }
        String token = scene.substring(SCENE_PREFIX.length());
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> staff = jdbc.queryForList("SELECT staff_id FROM staff_wechat_token WHERE token = ?", Long.class, token);
        if (staff.isEmpty() || jdbc.update("UPDATE staff_wechat_token SET used_at = ? WHERE token = ? AND used_at IS NULL "
                + "AND expires_at > ?", now, token, now) != 1) {
            return Optional.empty();
        }
        StaffAccount account = accounts.selectById(staff.get(0));
        if (account == null || !Boolean.TRUE.equals(account.getEnabled())) {
            return Optional.empty();
        }
        // One WeChat serves one account, one account one WeChat: the newest binding wins.
        jdbc.update("DELETE FROM staff_wechat WHERE staff_id = ? OR (appid = ? AND openid = ?)", account.getId(), appid, openid);
        jdbc.update("INSERT INTO staff_wechat (staff_id, appid, openid, bound_at) VALUES (?, ?, ?, ?)",
                account.getId(), appid, openid, now);
        audit.record(new Actor(account.getUsername(), account.getRegionPath(), null), "BIND_STAFF_WECHAT", "staff",
                account.getId(), null, "绑定微信");
        return Optional.of(account);
    }

    @Transactional
    public boolean unbind(Actor actor, long staffId) {
        boolean done = jdbc.update("DELETE FROM staff_wechat WHERE staff_id = ?", staffId) == 1;
        if (done) {
            audit.record(actor, "UNBIND_STAFF_WECHAT", "staff", staffId, null, "解除微信绑定");
        }
        return done;
    }

    public boolean isBound(long staffId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_wechat WHERE staff_id = ?", Long.class, staffId) > 0;
    }

    /** Every bound, enabled staff member. */
    public List<Binding> bound() {
        return jdbc.query("SELECT s.id, s.display_name, s.region_code, w.appid, w.openid FROM staff_wechat w "
                        + "JOIN staff_account s ON s.id = w.staff_id WHERE s.enabled = 1 ORDER BY s.id",
                (rs, n) -> new Binding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }
}
