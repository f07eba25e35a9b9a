package cn.laowu.core.migration;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations are append-only: a database migrated by a released version must validate and
 * upgrade with every later one. {@code db/released-migrations.sha256} (test resources) pins each
 * released migration's content; a change to one fails here (and {@code .ci/run} also compares the
 * migrations with the last landed commit). Migrations not yet listed are new: this test prints
 * their lines, to be appended when they are released.
 */
class MigrationManifestTest {

    @Test
    void everyReleasedMigrationIsUnchanged() throws Exception {
        Map<String, String> released = released();
        Map<String, String> current = current();
        assertThat(released).as("the manifest lists the released migrations").isNotEmpty();
        for (Map.Entry<String, String> pinned : released.entrySet()) {
            assertThat(current).as("released migration %s was removed or renamed; add a new migration instead",
                    pinned.getKey()).containsKey(pinned.getKey());
            assertThat(current.get(pinned.getKey())).as("released migration %s was edited (SHA-256 differs); "
                    + "undo the edit and put the change in a new migration", pinned.getKey()).isEqualTo(pinned.getValue());
        }
        current.keySet().removeAll(released.keySet());
        current.forEach((file, sha) -> System.out.println("Not yet released (append when released): " + file + " " + sha));
    }

    @Test
    void twoMigrationsNeverShareAVersion() throws Exception {
        List<String> versions = current().keySet().stream().map(f -> f.substring(0, f.indexOf("__"))).toList();
        assertThat(versions).doesNotHaveDuplicates();
    }

    private static Map<String, String> released() throws IOException {
        Map<String, String> released = new LinkedHashMap<>();
        try (InputStream in = MigrationManifestTest.class.getResourceAsStream("/db/released-migrations.sha256")) {
            assertThat(in).as("db/released-migrations.sha256").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split("\\s+");
                    released.put(parts[0], parts[1]);
                }
            }
        }
        return released;
    }

    /** The migrations on the classpath (core's main resources), file name to SHA-256. */
    static Map<String, String> current() throws IOException, URISyntaxException {
        Path dir = Path.of(MigrationManifestTest.class.getResource("/db/migration").toURI());
        Map<String, String> current = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                current.put(file.getFileName().toString(), DigestUtils.sha256Hex(Files.readAllBytes(file)));
            }
        }
        return current;
    }
}
