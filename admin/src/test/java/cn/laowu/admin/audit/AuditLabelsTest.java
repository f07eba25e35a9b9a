package cn.laowu.admin.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code a feature writes to the audit log reads as Chinese in 操作日志: the codes are
 * collected from the main sources of core, bot and admin, so a new feature's codes without a
 * label fail here instead of showing as English to the clerk.
 */
class AuditLabelsTest {

    private static final Pattern RECORD = Pattern.compile("audit\\.record\\(([^;]*);");
    private static final Pattern UPPER = Pattern.compile("\"([A-Z][A-Z_]+)\"");
    private static final Pattern LOWER = Pattern.compile("\"([a-z][a-z_]+)\"");
    private static final AuditLabels LABELS = AuditLabels.INSTANCE;

    @Test
    void everyActionAndObjectWrittenToTheAuditLogHasAChineseLabel() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> words = new TreeSet<>();
        for (String module : new String[] {"../core", "../bot", "."}) {
            try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher record = RECORD.matcher(Files.readString(file));
                    while (record.find()) {
                        UPPER.matcher(record.group(1)).results().map(m -> m.group(1)).forEach(actions::add);
                        LOWER.matcher(record.group(1)).results().map(m -> m.group(1)).forEach(words::add);
                    }
                }
            }
        }
        assertThat(actions).as("codes found").contains("MOVE_", "ACCEPT", "CORRECT_ATTENDANCE", "GENERATE");
        // "MOVE_" and "ALLOWANCE_" are prefixes of a status: checked with every status below.
        assertThat(actions.stream().filter(code -> !code.endsWith("_") && LABELS.action(code).equals(code)))
                .as("actions without a label").isEmpty();
        assertThat(words.stream().filter(word -> LABELS.object(word).equals(word) && LABELS.actor(word).equals(word)))
                .as("objects without a label").isEmpty();
        for (var status : cn.laowu.core.application.ApplicationStatus.values()) {
            assertThat(LABELS.action("MOVE_" + status.name())).startsWith("办理为");
        }
        for (var status : cn.laowu.core.allowance.ClaimStatus.values()) {
            assertThat(LABELS.action("ALLOWANCE_" + status.name())).startsWith("补贴申请转为");
        }
        assertThat(LABELS.action("MOVE_TO_JOB")).isEqualTo("转入订单岗位");
    }
}
