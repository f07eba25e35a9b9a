package cn.laowu.core.replica;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.DashboardService;
import cn.laowu.devkit.test.IntegrationServers;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Year;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

/**
 * Routing of reads with a replica configured. The "replica" here is the test database reached as
 * a user who may only SELECT (a real binlog replica is scripts/db-replica.sh's; see README): which
 * user answers shows where a statement went, and a write sent to the replica would be refused.
 * The replica's freshness is the test's to set.
 */
@SpringBootTest
@ContextConfiguration(initializers = {IntegrationServersInitializer.class, ReplicaRoutingTest.ReadOnlyReplica.class})
@DirtiesContext
class ReplicaRoutingTest {

    private static final String READER = "laowu_ro_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ReplicaOrPrimary routes;
    @Autowired
    DashboardService dashboard;
    @MockitoBean
    ReplicaLag lag;

    /** Creates the SELECT-only user and points laowu.datasource.replica.* at the test database as that user. */
    static class ReadOnlyReplica implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            IntegrationServers servers = IntegrationServers.get();
            String database = servers.jdbcUrl().replaceAll(".*/([^/?]+)\\?.*", "$1");
            sql(servers, "CREATE USER '" + READER + "'@'%' IDENTIFIED BY 'ro-secret'",
                    "CREATE USER '" + READER + "'@'localhost' IDENTIFIED BY 'ro-secret'",
                    "GRANT SELECT ON `" + database + "`.* TO '" + READER + "'@'%'",
                    "GRANT SELECT ON `" + database + "`.* TO '" + READER + "'@'localhost'");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> sql(servers,
                    "DROP USER IF EXISTS '" + READER + "'@'%'", "DROP USER IF EXISTS '" + READER + "'@'localhost'")));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("replica", Map.of(
                    "laowu.datasource.replica.url", servers.jdbcUrl(),
                    "laowu.datasource.replica.username", READER,
                    "laowu.datasource.replica.password", "ro-secret")));
        }

        private static void sql(IntegrationServers servers, String... statements) {
            try (Connection c = DriverManager.getConnection(servers.serverUrl(), servers.user(), servers.password());
                 Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeEach
    void freshReplica() {
        when(lag.fresh()).thenReturn(true);
    }

    private String user() {
        return jdbc.queryForObject("SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1)", String.class);
    }

    private String inTransaction(boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(readOnly);
        return template.execute(status -> user());
    }

    @Test
    void readOnlyTransactionsReadFromTheReplicaEverythingElseFromThePrimary() {
        assertThat(inTransaction(true)).isEqualTo(READER);
        assertThat(inTransaction(false)).isNotEqualTo(READER);
        assertThat(user()).as("outside a transaction").isNotEqualTo(READER);
    }

    @Test
    void dashboardsReadFromTheReplica() {
        long before = routes.servedByReplica();
        dashboard.figures(new RegionScope("/999999/"), Year.now());
        assertThat(routes.servedByReplica()).isGreaterThan(before);
    }

    @Test
    void aStaleOrStoppedReplicaSendsReadsToThePrimary() {
        when(lag.fresh()).thenReturn(false);
        long before = routes.servedByPrimary();
        assertThat(inTransaction(true)).isNotEqualTo(READER);
        assertThat(routes.servedByPrimary()).isEqualTo(before + 1);
    }

    @Test
    void aClerkWhoJustWroteReadsFromThePrimary() {
        try (PrimaryReads.Scope ignored = PrimaryReads.begin()) {
            assertThat(inTransaction(true)).isNotEqualTo(READER);
        }
        assertThat(inTransaction(true)).as("after the request").isEqualTo(READER);
    }

    @Test
    void writesNeverReachTheReplica() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(status ->
                jdbc.update("UPDATE flyway_schema_history SET description = description WHERE 1 = 0")))
                .as("a write inside a read-only transaction is refused, wherever it went").isNotNull();
    }
}
