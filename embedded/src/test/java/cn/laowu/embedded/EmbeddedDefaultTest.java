package cn.laowu.embedded;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-command run: real embedded servers, migrations, demo data, and data that survives a restart. */
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopServers() {
        EmbeddedServers.stopAll();
    }

    @Test
    void startsWithDemoDataAndKeepsDataAndKeyAcrossARestart() throws Exception {
        long regions;
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            regions = jdbc.queryForObject("SELECT COUNT(*) FROM region", Long.class);
            assertThat(regions).isGreaterThanOrEqualTo(8 + 1);
            assertThat(jdbc.queryForObject("SELECT name FROM region WHERE code = '433101'", String.class))
                    .isEqualTo("吉首市");
            assertThat(first.getEnvironment().getProperty("laowu.wechat.api-host")).startsWith("http://127.0.0.1:");
        }
        String key = Files.readString(dataDir.resolve("data-key"));
        EmbeddedServers.stopAll();

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM region", Long.class)).isEqualTo(regions);
        }
        assertThat(Files.readString(dataDir.resolve("data-key"))).isEqualTo(key);
    }

    @Test
    void aFailedStartExitsTheJvmAndStopsTheEmbeddedServers() throws Exception {
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedLauncher.class.getName(),
                "--laowu.embedded.data-dir=" + dataDir,
                "--laowu.security.data-key=not-a-key",
                "--server.port=0"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("launcher exits by itself").isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        File log = dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile();
        assertThat(Files.readString(log.toPath())).contains("laowu.security.data-key is not valid Base64");
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString())))
                .as("no embedded server left running").isEmpty();
    }

    private ConfigurableApplicationContext start() {
        return EmbeddedLauncher.application().run("--laowu.embedded.data-dir=" + dataDir, "--server.port=0");
    }
}
