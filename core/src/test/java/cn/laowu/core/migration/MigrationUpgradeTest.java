package cn.laowu.core.migration;

import cn.laowu.devkit.servers.EmbeddedMariaDb;
import cn.laowu.devkit.test.IntegrationServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's upgrade: a database built by the previous release (its migrations, up to
 * {@link #PREVIOUS_RELEASE}, pinned unchanged by {@link MigrationManifestTest}) and holding data
 * is migrated by this version's Flyway as the application does at start, and the data is still there.
 */
class MigrationUpgradeTest {

    /** The last migration of the previous release. */
    static final String PREVIOUS_RELEASE = "22";

    private final IntegrationServers servers = IntegrationServers.get();
    private final String database = "laowu_upgrade_" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void drop() {
        EmbeddedMariaDb.dropDatabase(servers.serverUrl(), servers.user(), servers.password(), database);
    }

    @Test
    void aDatabaseOfThePreviousReleaseWithDataUpgradesAndKeepsItsData() throws SQLException {
        EmbeddedMariaDb.createDatabase(servers.serverUrl(), servers.user(), servers.password(), database);
        String url = url();
        flyway(url).target(PREVIOUS_RELEASE).load().migrate();
        try (Connection c = DriverManager.getConnection(url, servers.user(), servers.password());
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO region (code, parent_code, name, level, path, sort_order) VALUES "
                    + "('990000', NULL, '升级州', 'PREFECTURE', '/990000/', 0)");
            s.executeUpdate("INSERT INTO worker (name, gender, birth_date, id_number_cipher, id_number_hash, "
                    + "id_number_masked, home_region_code, home_region_path, confirmed_at, created_at, updated_at) VALUES "
                    + "('龙升级', 'M', '1990-01-01', 'cipher', REPEAT('a', 64), '4331**********0011', '990000', "
                    + "'/990000/', NOW(3), NOW(3), NOW(3))");
            s.executeUpdate("INSERT INTO wx_follower (appid, openid, subscribed, worker_id, created_at, updated_at) "
                    + "SELECT 'wxupgrade', 'o-upgrade', 1, id, NOW(3), NOW(3) FROM worker WHERE name = '龙升级'");
        }

        Flyway current = flyway(url).load();
        current.migrate();

        assertThat(current.info().current().getVersion().getVersion())
                .as("migrated to this version's last migration").isEqualTo(latest(current));
        assertThat(current.validateWithResult().validationSuccessful).isTrue();
        try (Connection c = DriverManager.getConnection(url, servers.user(), servers.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT w.name, r.name, f.openid FROM worker w "
                     + "JOIN region r ON r.code = w.home_region_code JOIN wx_follower f ON f.worker_id = w.id "
                     + "WHERE w.id_number_hash = REPEAT('a', 64)")) {
            assertThat(rs.next()).as("the worker is still there").isTrue();
            assertThat(rs.getString(1)).isEqualTo("龙升级");
            assertThat(rs.getString(2)).isEqualTo("升级州");
            assertThat(rs.getString(3)).isEqualTo("o-upgrade");
        }
    }

    private static String latest(Flyway flyway) {
        var all = flyway.info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        IntegrationServers servers = IntegrationServers.get();
        return Flyway.configure().dataSource(url, servers.user(), servers.password()).locations("classpath:db/migration");
    }

    private String url() {
        String server = servers.serverUrl();
        int optionsAt = server.indexOf('?');
        return server.substring(0, optionsAt).replaceAll("/$", "") + "/" + database + server.substring(optionsAt);
    }
}
