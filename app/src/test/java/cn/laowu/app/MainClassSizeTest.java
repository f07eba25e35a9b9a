package cn.laowu.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No main class over {@value #MAX_LINES} lines: a class a newcomer can read in one sitting, split by
 * who calls it and why when it grows past that. Every {@code src/main/java} file of core, bot, admin,
 * app, embedded and devkit is measured as a whole (a top-level class with its nested ones, imports and
 * comments included), and the failure lists every offender with its size.
 *
 * <p>A MyBatis entity (a class annotated {@code @TableName}) is measured without its trivial accessor
 * methods: a getter that returns one of its fields and a setter that assigns one, each in the usual
 * three-line form ({@code public T getX() {} / return x; / }}), together with the blank line before
 * each. Those mirror the table's columns and hold no logic; anything else in an entity counts.
 */
class MainClassSizeTest {

    static final int MAX_LINES = 300;
    private static final List<String> MODULES = List.of("core", "bot", "admin", "app", "embedded", "devkit");
    private static final Pattern TABLE_NAME = Pattern.compile("^@TableName\\b");
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(?:private|protected)\\s+(?:final\\s+)?[\\w.<>,?\\[\\] ]+?\\s+(\\w+)\\s*(?:=[^;]*)?;\\s*$");
    private static final Pattern GETTER = Pattern.compile("^\\s*public\\s+[\\w.<>,?\\[\\] ]+?\\s+(?:get|is)\\w+\\(\\)\\s*\\{\\s*$");
    private static final Pattern RETURN = Pattern.compile("^\\s*return\\s+(?:this\\.)?(\\w+);\\s*$");
    private static final Pattern SETTER = Pattern.compile(
            "^\\s*public\\s+void\\s+set\\w+\\((?:final\\s+)?[\\w.<>,?\\[\\] ]+?\\s+(\\w+)\\)\\s*\\{\\s*$");
    private static final Pattern ASSIGN = Pattern.compile("^\\s*this\\.(\\w+)\\s*=\\s*(\\w+);\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^\\s*}\\s*$");

    @Test
    void noMainClassIsOverThreeHundredLines() {
        Path root = root();
        assertNoneOver(root, MODULES.stream().map(m -> root.resolve(m).resolve("src/main/java")).toList());
    }

    @Test
    void aClassOfThreeHundredAndOneLinesFailsWithItsName(@TempDir Path root) throws IOException {
        Path main = root.resolve("bot/src/main/java/cn/laowu/bot/flow");
        Files.createDirectories(main);
        Files.write(main.resolve("BigFlow.java"), plainClass("BigFlow", MAX_LINES + 1));
        Files.write(main.resolve("JustRight.java"), plainClass("JustRight", MAX_LINES));

        assertThat(lines(main.resolve("BigFlow.java"))).isEqualTo(MAX_LINES + 1);
        assertThatThrownBy(() -> assertNoneOver(root, List.of(root.resolve("bot/src/main/java"))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("bot/src/main/java/cn/laowu/bot/flow/BigFlow.java: 301 lines")
                .hasMessageNotContaining("JustRight");
    }

    @Test
    void anEntityIsMeasuredWithoutItsTrivialAccessors(@TempDir Path root) throws IOException {
        Path main = root.resolve("core/src/main/java/cn/laowu/core/thing");
        Files.createDirectories(main);
        // 60 columns: 60 fields and 120 accessors make 548 lines, 68 once the accessors are set aside.
        Files.write(main.resolve("Thing.java"), entity("Thing", 60, 0));
        // The same with a 250-line method: logic in an entity counts, and this one is over.
        Files.write(main.resolve("Heavy.java"), entity("Heavy", 60, 250));
        Files.write(main.resolve("NotAnEntity.java"),
                entity("NotAnEntity", 60, 0).stream().filter(line -> !line.startsWith("@TableName")).toList());

        assertThat(lines(main.resolve("Thing.java"))).isGreaterThan(MAX_LINES);
        assertThat(measure(main.resolve("Thing.java"))).isLessThan(70);
        assertThatThrownBy(() -> assertNoneOver(root, List.of(root.resolve("core/src/main/java"))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("thing/Heavy.java")
                .hasMessageContaining("thing/NotAnEntity.java")
                .hasMessageNotContaining("thing/Thing.java");
    }

    /** Fails listing every main class over {@link #MAX_LINES}, largest first. */
    static void assertNoneOver(Path root, List<Path> sourceRoots) {
        List<String> offenders = new ArrayList<>();
        sourceRoots.stream().filter(Files::isDirectory).flatMap(MainClassSizeTest::javaFiles)
                .map(file -> new Measured(root.relativize(file).toString().replace('\\', '/'), measure(file)))
                .filter(m -> m.lines() > MAX_LINES)
                .sorted(Comparator.comparingInt(Measured::lines).reversed().thenComparing(Measured::file))
                .forEach(m -> offenders.add(m.file() + ": " + m.lines() + " lines"));
        assertThat(offenders)
                .as("main classes over %d lines (split each by who calls it and why):%n  %s", MAX_LINES,
                        String.join(System.lineSeparator() + "  ", offenders))
                .isEmpty();
    }

    private record Measured(String file, int lines) {
    }

    /** The file's lines; for a @TableName entity, without its trivial accessors. */
    static int measure(Path file) {
        List<String> lines = read(file);
        if (lines.stream().noneMatch(line -> TABLE_NAME.matcher(line).find())) {
            return lines.size();
        }
        Set<String> fields = lines.stream().map(FIELD::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .collect(Collectors.toSet());
        Set<Integer> dropped = new HashSet<>();
        for (int i = 0; i + 2 < lines.size(); i++) {
            if (trivialAccessor(lines.get(i), lines.get(i + 1), lines.get(i + 2), fields)) {
                dropped.addAll(List.of(i, i + 1, i + 2));
                if (i > 0 && lines.get(i - 1).isBlank()) {
                    dropped.add(i - 1);
                }
                i += 2;
            }
        }
        return lines.size() - dropped.size();
    }

    private static boolean trivialAccessor(String head, String body, String end, Set<String> fields) {
        if (!CLOSE.matcher(end).matches()) {
            return false;
        }
        Matcher returned = RETURN.matcher(body);
        if (GETTER.matcher(head).matches() && returned.matches()) {
            return fields.contains(returned.group(1));
        }
        Matcher setter = SETTER.matcher(head);
        Matcher assigned = ASSIGN.matcher(body);
        return setter.matches() && assigned.matches() && fields.contains(assigned.group(1))
                && assigned.group(2).equals(setter.group(1));
    }

    private static int lines(Path file) {
        return read(file).size();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class of exactly {@code size} lines. */
    private static List<String> plainClass(String name, int size) {
        List<String> lines = new ArrayList<>(List.of("package cn.laowu.bot.flow;", "", "class " + name + " {"));
        IntStream.range(0, size - 4).forEach(i -> lines.add("    private int f" + i + ";"));
        lines.add("}");
        return lines;
    }

    /** An entity of {@code columns} fields with a getter and setter each, and one method of {@code logic} lines. */
    private static List<String> entity(String name, int columns, int logic) {
        List<String> lines = new ArrayList<>(List.of("package cn.laowu.core.thing;", "",
                "import com.baomidou.mybatisplus.annotation.TableName;", "", "@TableName(\"thing\")",
                "public class " + name + " {", ""));
        IntStream.range(0, columns).forEach(i -> lines.add("    private String column" + i + ";"));
        if (logic > 0) {
            lines.addAll(List.of("", "    public int sum() {", "        int sum = 0;"));
            IntStream.range(0, logic - 4).forEach(i -> lines.add("        sum += " + i + ";"));
            lines.add("        return sum;");
            lines.add("    }");
        }
        for (int i = 0; i < columns; i++) {
            lines.addAll(List.of("", "    public String getColumn" + i + "() {", "        return column" + i + ";", "    }"));
            lines.addAll(List.of("", "    public void setColumn" + i + "(String column" + i + ") {",
                    "        this.column" + i + " = column" + i + ";", "    }"));
        }
        lines.add("}");
        return lines;
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("run"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root (where ./run is)").isNotNull();
        return dir;
    }
}
