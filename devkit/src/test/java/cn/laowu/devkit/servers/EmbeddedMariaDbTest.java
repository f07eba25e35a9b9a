package cn.laowu.devkit.servers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default's database, in a checkout under the system temp directory, across a restart. */
class EmbeddedMariaDbTest {

    @Test
    void dataUnderTheSystemTempDirectorySurvivesARestart() throws Exception {
        Path checkout = Files.createTempDirectory("laowu-checkout");
        Path data = checkout.resolve("data");
        try {
            try (EmbeddedMariaDb first = EmbeddedMariaDb.start(data.resolve("mariadb"), data.resolve("mariadb-server"),
                    false)) {
                first.createDatabase("laowu");
                try (Connection c = DriverManager.getConnection(first.jdbcUrl("laowu"), "root", "");
                     Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
                    st.execute("INSERT INTO kept VALUES (42)");
                }
            }
            assertThat(data.resolve("mariadb")).isDirectory();
            try (EmbeddedMariaDb second = EmbeddedMariaDb.start(data.resolve("mariadb"), data.resolve("mariadb-server"),
                    false);
                 Connection c = DriverManager.getConnection(second.jdbcUrl("laowu"), "root", "");
                 Statement st = c.createStatement();
                 ResultSet rows = st.executeQuery("SELECT id FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
            assertThat(data.resolve("mariadb-tmp")).isDirectory();
        } finally {
            deleteQuietly(checkout);
        }
    }

    @Test
    void aDirectoryUnderTheTempDirectoryIsSpelledSoMariaDb4jKeepsIt() {
        Path inTemp = Path.of(System.getProperty("java.io.tmpdir"), "checkout", "data", "mariadb");
        String spelled = EmbeddedMariaDb.keptSpelling(inTemp).getAbsolutePath();
        assertThat(spelled).doesNotStartWith(System.getProperty("java.io.tmpdir"));
        assertThat(Path.of(spelled).normalize()).isEqualTo(inTemp.toAbsolutePath().normalize());
        Path elsewhere = Path.of("/srv/laowu/data/mariadb");
        assertThat(EmbeddedMariaDb.keptSpelling(elsewhere).toPath()).isEqualTo(elsewhere);
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
