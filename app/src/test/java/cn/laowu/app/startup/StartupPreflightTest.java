package cn.laowu.app.startup;

import cn.laowu.core.support.ConfigurationProblem;
import cn.laowu.devkit.servers.FreePort;
import cn.laowu.devkit.test.IntegrationServers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupPreflightTest {

    private final IntegrationServers servers = IntegrationServers.get();

    @Test
    void passesAgainstTheRealServers() {
        MockEnvironment env = realServers();
        assertThat(StartupPreflight.checkDatabase(env)).as("the server it reached").containsPattern("(MySQL|MariaDB) \\d+\\.");
        assertThat(StartupPreflight.checkRedis(env)).as("where Redis answered")
                .isEqualTo(env.getProperty("spring.data.redis.host", "localhost") + ":" + env.getProperty("spring.data.redis.port", "6379"));
    }

    @Test
    void nothingListeningOnTheDatabasePortIsOneClearSentence() {
        MockEnvironment env = realServers()
                .withProperty("spring.datasource.url", "jdbc:mysql://127.0.0.1:" + FreePort.find() + "/laowu");
        assertThatThrownBy(() -> StartupPreflight.checkDatabase(env))
                .isInstanceOfSatisfying(ConfigurationProblem.class, problem -> {
                    assertThat(problem.getMessage()).startsWith("Cannot connect to the database at jdbc:mysql://127.0.0.1:")
                            .doesNotContain("\n");
                    assertThat(problem.action()).contains("SPRING_DATASOURCE_URL");
                });
    }

    @Test
    void aMissingDatabaseIsNamed() {
        MockEnvironment env = realServers().withProperty("spring.datasource.url",
                servers.serverUrl().replace("/?", "/no_such_database_here?"));
        assertThatThrownBy(() -> StartupPreflight.checkDatabase(env))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("no_such_database_here")
                .hasMessageNotContaining("?");
    }

    @Test
    void aWrongPasswordIsNamedAndNotPrinted() {
        // The embedded test MariaDB runs without grant tables, so only a real server can refuse a password.
        if (!"external".equalsIgnoreCase(System.getenv("LAOWU_TEST_SERVERS"))) {
            String why = "a wrong database password is refused only by a real server: run with LAOWU_TEST_SERVERS=external";
            System.err.println("*** SKIPPED StartupPreflightTest.aWrongPasswordIsNamedAndNotPrinted: " + why);
            Assumptions.abort(why);
        }
        MockEnvironment env = realServers().withProperty("spring.datasource.password", "definitely-wrong-123");
        assertThatThrownBy(() -> StartupPreflight.checkDatabase(env))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("Access denied")
                .hasMessageNotContaining("definitely-wrong-123");
    }

    @Test
    void unreachableRedisIsOneClearSentence() {
        MockEnvironment env = realServers().withProperty("spring.data.redis.port", String.valueOf(FreePort.find()));
        assertThatThrownBy(() -> StartupPreflight.checkRedis(env))
                .isInstanceOfSatisfying(ConfigurationProblem.class, problem -> {
                    assertThat(problem.getMessage()).startsWith("Cannot reach Redis").doesNotContain("\n");
                    assertThat(problem.action()).contains("SPRING_DATA_REDIS_HOST");
                });
    }

    @Test
    void noDatabaseConfiguredAtAll() {
        MockEnvironment env = new MockEnvironment();
        assertThatThrownBy(() -> StartupPreflight.checkDatabase(env))
                .isInstanceOf(ConfigurationProblem.class).hasMessageContaining("spring.datasource.url");
    }

    private MockEnvironment realServers() {
        MockEnvironment env = new MockEnvironment();
        servers.springProperties().forEach((key, value) -> env.setProperty(key, String.valueOf(value)));
        return env;
    }
}
