package cn.laowu.bot.bench;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * What the fault run needs in the cluster's database before the load: the region tree its
 * followers register in, the followers a broadcast goes to (written by set-based SQL: a hundred
 * thousand rows in seconds, not through the platform), and two 州 administrators for the console.
 */
final class FaultRunSeed {

    static final String VILLAGE = "故障演练村";
    static final String PASSWORD = "fault-run-2026";

    private FaultRunSeed() {
    }

    static void regions(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO region (code, parent_code, name, level, path, sort_order) "
                    + "VALUES ('433100', NULL, '湘西土家族苗族自治州', 'PREFECTURE', '/433100/', 0), "
                    + "('433101', '433100', '故障演练县', 'COUNTY', '/433100/433101/', 0), "
                    + "('433101901', '433101', '故障演练镇', 'TOWNSHIP', '/433100/433101/433101901/', 0), "
                    + "('433101901201', '433101901', '" + VILLAGE + "', 'VILLAGE', "
                    + "'/433100/433101/433101901/433101901201/', 0)");
        }
    }

    /**
     * {@code count} followers of the account who never wrote (so a notice to them is a template
     * message), openids {@code prefix + 8 digits}; returns how many this call added.
     */
    static long followers(Connection db, String appid, String prefix, int count) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS fault_digits (d INT PRIMARY KEY)");
            s.execute("INSERT IGNORE INTO fault_digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
        }
        long added = 0;
        for (int from = 0; from < count; from += 10_000) {
            try (PreparedStatement s = db.prepareStatement("INSERT IGNORE INTO wx_follower (appid, openid, subscribed, "
                    + "first_subscribed_at, subscribed_at, created_at, updated_at) "
                    + "SELECT ?, CONCAT(?, LPAD(n, 8, '0')), 1, NOW(3), NOW(3), NOW(3), NOW(3) FROM ("
                    + "SELECT ? + a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS n FROM fault_digits a, fault_digits b, "
                    + "fault_digits c, fault_digits e) k WHERE n < ?")) {
                s.setString(1, appid);
                s.setString(2, prefix);
                s.setInt(3, from);
                s.setInt(4, count);
                added += s.executeUpdate();
            }
        }
        return added;
    }

    /** Two 州 administrators: one writes the broadcast, the other approves it (nobody approves their own). */
    static void administrators(Connection db, String... usernames) throws Exception {
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        for (String username : usernames) {
            try (PreparedStatement s = db.prepareStatement("INSERT IGNORE INTO staff_account (username, password_hash, "
                    + "display_name, role, region_code, region_path, enabled, must_change_password, created_at, updated_at) "
                    + "VALUES (?, ?, ?, 'PREFECTURE_ADMIN', '433100', '/433100/', 1, 0, NOW(3), NOW(3))")) {
                s.setString(1, username);
                s.setString(2, hash);
                s.setString(3, "演练" + username);
                s.executeUpdate();
            }
        }
    }

    static long count(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
