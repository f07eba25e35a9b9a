package cn.laowu.admin.audit;

import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.allowance.ClaimStatus;
import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import cn.laowu.devkit.test.Registrations;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every code a feature writes to the audit log reads as Chinese in 操作日志, and no two features can
 * claim one code: the written (target, action) pairs are collected from the main sources of core, bot
 * and admin and looked up in the {@link AuditCodes} beans found on the classpath.
 */
class AuditLabelsTest {

    private static final Pattern RECORD = Pattern.compile("audit\\.record\\(([^;]*);");
    /** Who acts is not what is acted on: "worker" in new Actor("worker", …) is no target. */
    private static final Pattern ACTOR = Pattern.compile("new Actor\\([^)]*\\)|Actor\\.system\\([^)]*\\)");
    private static final Pattern UPPER = Pattern.compile("\"([A-Z][A-Z_]+)\"");
    private static final Pattern LOWER = Pattern.compile("\"([a-z][a-z_]+)\"");
    private static final Pattern PASSED_ON = Pattern.compile("[^.]record\\(([^;]*);");

    @Test
    void everyActionWrittenToTheAuditLogIsDeclaredWithATargetThatHasALabel() throws IOException {
        AuditLabels labels = new AuditLabels(mainRegistrations());
        Set<String> written = new TreeSet<>();
        List<String> unread = new ArrayList<>();
        for (String module : new String[] {"../core", "../bot", "."}) {
            try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher record = RECORD.matcher(source);
                    while (record.find()) {
                        String call = ACTOR.matcher(record.group(1)).replaceAll("");
                        Matcher target = LOWER.matcher(call);
                        List<String> actions = literals(UPPER, call);
                        if (actions.isEmpty()) {
                            // The code arrives in a variable: the literals handed to the file's own record(…).
                            PASSED_ON.matcher(source).results().forEach(m -> actions.addAll(literals(UPPER, m.group(1))));
                        }
                        if (!target.find() || actions.isEmpty()) {
                            unread.add(file.getFileName() + ": " + record.group(1));
                            continue;
                        }
                        actions.forEach(action -> written.add(target.group(1) + " " + action));
                    }
                }
            }
        }
        assertThat(unread).as("audit.record calls whose target or action this test cannot read").isEmpty();
        assertThat(written).as("codes found").contains("job MOVE_", "complaint ACCEPT",
                "training_enrolment CORRECT_ATTENDANCE", "training_enrolment COMPLETE", "allowance_claim GENERATE");
        // "MOVE_" and "ALLOWANCE_" are prefixes of a status: checked with every status below.
        assertThat(written.stream().filter(w -> !w.endsWith("_") && !labels.declares(w.split(" ")[0], w.split(" ")[1])))
                .as("actions written but declared by no feature").isEmpty();
        assertThat(written.stream().map(w -> w.split(" ")[0]).distinct().filter(t -> labels.object(t).equals(t)))
                .as("targets without a label").isEmpty();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(labels.action("job", "MOVE_" + status.name())).isEqualTo("办理为" + status.label());
        }
        for (ClaimStatus status : ClaimStatus.values()) {
            assertThat(labels.action("allowance_claim", "ALLOWANCE_" + status.name())).startsWith("补贴申请转为");
        }
        assertThat(labels.action("training_course", "MOVE_TO_JOB")).isEqualTo("转入订单岗位");
    }

    @Test
    void oneCodeReadsByItsTarget() {
        AuditLabels labels = new AuditLabels(mainRegistrations());

        assertThat(labels.action("broadcast", "CANCEL")).isEqualTo("撤回推送");
        assertThat(labels.action("training_enrolment", "COMPLETE")).isEqualTo("结业");
        assertThat(labels.action("training_course", "CANCEL")).as("undeclared on this target").isEqualTo("CANCEL");
        assertThat(labels.action("job", "AUTO_NOTICE_ON")).as("declared by broadcasts on a job").isEqualTo("开启新岗位自动推送");
    }

    @Test
    void aFeatureDeclaringAnotherFeaturesCodeStopsTheStart() {
        AuditCodes cancelsBroadcasts = () -> new AuditVocabulary().on("broadcast").action("CANCEL", "取消报名");
        List<AuditCodes> withIt = new ArrayList<>(mainRegistrations());
        withIt.add(cancelsBroadcasts);

        assertThatThrownBy(() -> new AuditLabels(withIt)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("action CANCEL on broadcast is declared twice")
                .hasMessageContaining("BroadcastAuditCodes");

        AuditCodes ownsWorkers = () -> new AuditVocabulary().owns("worker", "工人");
        List<AuditCodes> twoOwners = new ArrayList<>(mainRegistrations());
        twoOwners.add(ownsWorkers);
        assertThatThrownBy(() -> new AuditLabels(twoOwners)).hasMessageContaining("target worker is declared twice");

        AuditCodes ownTarget = () -> new AuditVocabulary().owns("training_course_change", "调课").action("CANCEL", "取消调课");
        List<AuditCodes> apart = new ArrayList<>(mainRegistrations());
        apart.add(ownTarget);
        assertThat(new AuditLabels(apart).action("training_course_change", "CANCEL")).isEqualTo("取消调课");
    }

    private static List<String> literals(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(m -> m.group(1)).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The {@link AuditCodes} beans of main code, as Spring finds them (the fixtures above are no beans). */
    static List<AuditCodes> mainRegistrations() {
        List<AuditCodes> found = Registrations.found(AuditCodes.class, "cn.laowu");
        assertThat(found).as("registrations found").hasSizeGreaterThan(15);
        return found;
    }
}
