package cn.laowu.app;

import cn.laowu.core.support.OwnsTables;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feature owns its tables: each core package declares them once ({@code @OwnsTables} in its
 * package-info), every table the migrations create has exactly one owner, and no main source of any
 * module — {@code embedded}'s demo seeds included — names another feature's table in SQL or imports
 * another feature's mapper. Cross-feature work goes through the owner's classes.
 */
class TableOwnershipTest {

    private static final String[] MODULES = {"core", "bot", "admin", "app", "embedded"};
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?([a-z_0-9]+)");

    private static final Path ROOT = repositoryRoot();

    @Test
    void everyTableTheMigrationsCreateHasExactlyOneOwner() {
        Map<String, List<String>> owners = new TreeMap<>();
        declarations().forEach((feature, tables) -> {
            for (String table : tables) {
                owners.computeIfAbsent(table, t -> new ArrayList<>()).add(feature);
            }
        });
        Set<String> created = createdTables();
        assertThat(created).as("tables the migrations create").isNotEmpty();
        assertThat(created).as("tables no package declares in @OwnsTables").allSatisfy(t -> assertThat(owners).containsKey(t));
        assertThat(owners).as("each table owned by one package, and only tables that exist")
                .allSatisfy((table, by) -> {
                    assertThat(by).as(table).hasSize(1);
                    assertThat(created).as("declared but never created").contains(table);
                });
    }

    /**
     * Uses not moved to their owner yet, each "file: table": the list only shrinks. An entry whose use is
     * gone fails too, so a fix removes its line here.
     */
    private static final Set<String> NOT_MOVED_YET = Set.of(
            "embedded/demo/AllowanceSeed.java: job_application",
            "embedded/demo/AllowanceSeed.java: worker",
            "embedded/demo/ComplaintSeed.java: worker",
            "embedded/demo/JobSeed.java: DispatchBatchMapper",
            "embedded/demo/JobSeed.java: FollowUpMapper",
            "embedded/demo/JobSeed.java: JobApplicationMapper",
            "embedded/demo/JobSeed.java: WorkerMapper",
            "embedded/demo/OutpostSeed.java: outpost_staff",
            "embedded/demo/OutpostSeed.java: worker",
            "embedded/demo/WorkerSeed.java: WorkerMapper"
    );

    @Test
    void noMainSourceUsesAnotherFeaturesTableOrMapper() {
        Set<String> found = new TreeSet<>();
        Map<String, String> owners = ownerOfTable();
        for (Path file : mainSources()) {
            String name = ROOT.relativize(file).toString().replaceFirst("^\\w+/src/main/(java|resources)/cn/laowu/", "");
            for (String use : TableUse.foreignTables(read(file), file.toString().endsWith(".xml"), owners)) {
                found.add(name + ": " + use.substring(0, use.indexOf(' ')));
            }
        }
        assertThat(found).as("SQL or mappers of another feature; ask the owner's API instead")
                .allSatisfy(use -> assertThat(NOT_MOVED_YET).contains(use));
        assertThat(NOT_MOVED_YET).as("moved to the owner since; remove from NOT_MOVED_YET")
                .allSatisfy(use -> assertThat(found).contains(use));
    }

    @Test
    void theRuleCatchesRawSqlIntoAForeignTableAndASeedUsingAMapper() {
        String broadcastWritingTheOutbox = """
                package cn.laowu.core.broadcast;
                class Sneaky {
                    // a comment naming FROM worker is no use of it
                    int send() { return jdbc.update("INSERT IGNORE INTO delivery (openid) "
                            + "SELECT f.openid FROM wx_follower f, worker w WHERE w.id = f.worker_id"); }
                }
                """;
        assertThat(TableUse.foreignTables(broadcastWritingTheOutbox, false, ownerOfTable())).containsExactly(
                "delivery (owned by cn.laowu.core.outbox)", "wx_follower (owned by cn.laowu.core.follower)",
                "worker (owned by cn.laowu.core.worker)");

        String seed = """
                package cn.laowu.embedded.demo;
                import cn.laowu.core.worker.WorkerMapper;
                class Backdate {
                    void run() { jdbc.update(\"""
                            UPDATE job_application SET created_at = ? WHERE id = ?
                            \""", at, id); }
                }
                """;
        assertThat(TableUse.foreignTables(seed, false, ownerOfTable())).containsExactly(
                "job_application (owned by cn.laowu.core.application)", "WorkerMapper (mapper of cn.laowu.core.worker)");

        String ownTableAndTwoArguments = """
                package cn.laowu.core.outbox.lane;
                class Own {
                    String sql = "UPDATE delivery SET status = 'SENT'";
                    void log() { audit.record(actor, "UPDATE", "region", code, null, null); }
                }
                """;
        assertThat(TableUse.foreignTables(ownTableAndTwoArguments, false, ownerOfTable())).isEmpty();
    }

    /** Feature package → its declared tables, read from each core package's package-info. */
    private static Map<String, Set<String>> declarations() {
        Map<String, Set<String>> declared = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(ROOT.resolve("core/src/main/java/cn/laowu/core"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String feature = "cn.laowu.core." + dir.getFileName();
                OwnsTables owns = packageInfo(feature).getAnnotation(OwnsTables.class);
                assertThat(owns).as(feature + "/package-info.java must declare @OwnsTables (empty if none)").isNotNull();
                declared.put(feature, new TreeSet<>(List.of(owns.value())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return declared;
    }

    private static Class<?> packageInfo(String feature) {
        try {
            return Class.forName(feature + ".package-info");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(feature + " has no package-info.java declaring @OwnsTables", e);
        }
    }

    private static Map<String, String> ownerOfTable() {
        Map<String, String> owner = new TreeMap<>();
        declarations().forEach((feature, tables) -> tables.forEach(t -> owner.put(t, feature)));
        return owner;
    }

    private static Set<String> createdTables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("core/src/main/resources/db/migration"))) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher m = CREATE_TABLE.matcher(read(f));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** Java sources and mapper XML of every module's main code. */
    private static List<Path> mainSources() {
        List<Path> sources = new ArrayList<>();
        for (String module : MODULES) {
            Path main = ROOT.resolve(module).resolve("src/main");
            assertThat(main).as("module " + module + " read from the repository").isDirectory();
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(f -> f.toString().endsWith(".java")
                        || f.toString().endsWith(".xml") && read(f).contains("<mapper")).forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /** Tests run in app/; the repository is the nearest folder above holding core and embedded. */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("core/src/main/java")) && Files.isDirectory(p.resolve("embedded/src/main/java"))) {
                return p;
            }
        }
        throw new IllegalStateException("Repository root not found above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
