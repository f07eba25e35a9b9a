package cn.laowu.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clone is all one has: the documents the project points to are in it, and ./run greets the
 * operator without stray terminal codes.
 */
class ProjectStandsAloneTest {

    private static final Path ROOT = root();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void readmeLinksThePolicyAndDesignInTheRepositoryAndEveryLinkResolves() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).contains("(docs/POLICY.md)", "(docs/DESIGN.md)");
        assertThat(Files.readString(ROOT.resolve("docs/POLICY.md"))).contains("交通路费补助", "400 元", "稳岗");
        assertThat(Files.readString(ROOT.resolve("docs/DESIGN.md"))).contains("bot → core", "placement");
        for (Path doc : List.of(ROOT.resolve("README.md"), ROOT.resolve("docs/POLICY.md"), ROOT.resolve("docs/DESIGN.md"))) {
            Matcher link = LINK.matcher(Files.readString(doc));
            while (link.find()) {
                String target = link.group(1);
                if (!target.contains("://")) {
                    assertThat(doc.getParent().resolve(target).normalize()).as("%s links %s", doc, target).exists();
                }
            }
        }
    }

    @Test
    void nothingPointsOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !ROOT.relativize(file).toString().matches("(\\..*|.*/target/.*|data/.*)"))
                    .filter(file -> file.toString().matches(".*\\.(md|java|yml|yaml|html|sql|properties|xml)|.*/run"))
                    .filter(file -> !file.endsWith("ProjectStandsAloneTest.java"))
                    // Applied migrations are history: Flyway refuses a database whose scripts changed.
                    .filter(file -> !file.getParent().endsWith(Path.of("db", "migration")))
                    .forEach(file -> {
                        try {
                            if (Files.readString(file).contains("../shared")) {
                                outside.add(ROOT.relativize(file).toString());
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
        assertThat(outside).as("files that refer to ../shared").isEmpty();
    }

    @Test
    void runPrintsNoColourCodesAndStartsTheApplication(@TempDir Path bin) throws Exception {
        fake(bin, "mvn", "printf 'warning: something\\033[0m\\n\\033[0m'; printf '\\033[0m' >&2; "
                + "[ -z \"${FAKE_MVN_FAIL:-}\" ] || { printf 'BUILD FAILURE\\033[0m\\n' >&2; exit 1; }");
        fake(bin, "java", "echo \"started $*\"");

        Result ok = run(bin, false);
        assertThat(ok.exit()).isZero();
        assertThat(ok.output()).doesNotContain("\u001b").contains("warning: something")
                .contains("started -jar embedded/target/laowu-embedded.jar --server.port=9999");

        Result failed = run(bin, true);
        assertThat(failed.exit()).isNotZero();
        assertThat(failed.output()).doesNotContain("\u001b").contains("BUILD FAILURE").doesNotContain("started");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path bin, boolean fail) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("run").toString(), "--server.port=9999")
                .redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        if (fail) {
            builder.environment().put("FAKE_MVN_FAIL", "1");
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static void fake(Path bin, String name, String body) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("run"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
