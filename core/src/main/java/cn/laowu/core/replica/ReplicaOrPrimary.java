package cn.laowu.core.replica;

import org.springframework.jdbc.datasource.AbstractDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The connection for a read-only transaction: the replica's when it is fresh and this request
 * does not follow a write of its own ({@link PrimaryReads}), else the primary's. A replica that
 * refuses connections sends the read to the primary rather than failing the clerk's page.
 */
public class ReplicaOrPrimary extends AbstractDataSource {

    private final DataSource replica;
    private final DataSource primary;
    private final ReplicaLag lag;
    private final AtomicLong servedByReplica = new AtomicLong();
    private final AtomicLong servedByPrimary = new AtomicLong();

    ReplicaOrPrimary(DataSource replica, DataSource primary, ReplicaLag lag) {
        this.replica = replica;
        this.primary = primary;
        this.lag = lag;
    }

    DataSource primary() {
        return primary;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!PrimaryReads.required() && lag.fresh()) {
            try {
                Connection connection = replica.getConnection();
                servedByReplica.incrementAndGet();
                return connection;
            } catch (SQLException replicaAway) {
                // fall through to the primary
            }
        }
        servedByPrimary.incrementAndGet();
        return primary.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new UnsupportedOperationException("connections come from the pools' own credentials");
    }

    /** Read-only transactions served by the replica since start (a figure for operators and tests). */
    public long servedByReplica() {
        return servedByReplica.get();
    }

    /** Read-only transactions that went to the primary instead (replica stale or away, or read-your-writes). */
    public long servedByPrimary() {
        return servedByPrimary.get();
    }
}
