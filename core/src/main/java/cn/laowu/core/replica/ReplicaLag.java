package cn.laowu.core.replica;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whether the replica is fresh enough to read from: replicating, and at most {@code max-lag}
 * behind the primary. Asked at most once a second (by whichever request comes first; the others
 * use the last answer), so a stopped or lagging replica is left within about a second.
 */
public class ReplicaLag {

    private static final Logger log = LoggerFactory.getLogger(ReplicaLag.class);
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private final Duration maxLag;
    private final ReentrantLock checking = new ReentrantLock();
    private DataSource replica;
    private volatile boolean fresh;
    private volatile long checkedAt = System.nanoTime() - CHECK_EVERY_NANOS;
    private volatile Long lastSecondsBehind;

    ReplicaLag(Duration maxLag) {
        this.maxLag = maxLag;
    }

    void watch(DataSource replica) {
        this.replica = replica;
    }

    public boolean fresh() {
        if (System.nanoTime() - checkedAt >= CHECK_EVERY_NANOS && checking.tryLock()) {
            try {
                check();
            } finally {
                checkedAt = System.nanoTime();
                checking.unlock();
            }
        }
        return fresh;
    }

    /** Seconds behind the primary at the last check; null when not replicating or unreachable. */
    public Long lastSecondsBehind() {
        return lastSecondsBehind;
    }

    private void check() {
        Long behind = null;
        try (Connection connection = replica.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            // MariaDB 10.5+ and MySQL 8.0.22+ both know SHOW REPLICA STATUS; the column's name differs.
            try (ResultSet status = statement.executeQuery("SHOW REPLICA STATUS")) {
                if (status.next()) {
                    behind = secondsBehind(status);
                }
            }
        } catch (SQLException e) {
            log.debug("Replica status unavailable: {}", e.getMessage());
        }
        boolean nowFresh = behind != null && behind <= maxLag.toSeconds();
        if (nowFresh != fresh) {
            log.warn(nowFresh ? "Replica caught up ({} s behind): heavy reads go to it again"
                    : "Replica not usable ({} s behind, null: not replicating or away): heavy reads go to the primary",
                    behind);
        }
        lastSecondsBehind = behind;
        fresh = nowFresh;
    }

    private static Long secondsBehind(ResultSet status) throws SQLException {
        for (String column : new String[] {"Seconds_Behind_Master", "Seconds_Behind_Source"}) {
            try {
                long value = status.getLong(column);
                return status.wasNull() ? null : value;
            } catch (SQLException noSuchColumn) {
                // the other server's name
            }
        }
        return null;
    }
}
