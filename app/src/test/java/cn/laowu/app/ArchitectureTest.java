package cn.laowu.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module arrows of docs/DESIGN.md (bot → core, admin → core, app → all; never bot ↔ admin, never
 * core → ours), no package cycles inside a module, and each feature's mappers private to it.
 */
class ArchitectureTest {

    private static final String[] WECHAT = {"me.chanjar.weixin..", "com.github.binarywang.."};
    private static final String[] WEB = {"org.springframework.web..", "jakarta.servlet..", "org.thymeleaf.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.laowu");

    @Test
    void coreKnowsNothingOfTheOtherModulesHttpOrWeChat() {
        noClasses().that().resideInAPackage("cn.laowu.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.laowu.bot..", "cn.laowu.admin..", "cn.laowu.app..", "cn.laowu.embedded..", "cn.laowu.devkit..")
                .orShould().dependOnClassesThat().resideInAnyPackage(WEB)
                .orShould().dependOnClassesThat().resideInAnyPackage(WECHAT)
                .check(classes);
    }

    @Test
    void botNeverReachesIntoAdmin() {
        noClasses().that().resideInAPackage("cn.laowu.bot..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.laowu.admin..", "cn.laowu.app..", "cn.laowu.embedded..", "cn.laowu.devkit..")
                .check(classes);
    }

    @Test
    void adminNeverReachesIntoBotNorCallsWeChat() {
        noClasses().that().resideInAPackage("cn.laowu.admin..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.laowu.bot..", "cn.laowu.app..", "cn.laowu.embedded..", "cn.laowu.devkit..")
                .orShould().dependOnClassesThat().resideInAnyPackage(WECHAT)
                .check(classes);
    }

    @Test
    void theProductionApplicationNeverNeedsTheEmbeddedServers() {
        noClasses().that().resideInAPackage("cn.laowu.app..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.laowu.embedded..", "cn.laowu.devkit..", "ch.vorburger..", "redis.embedded..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn.laowu.core", "cn.laowu.bot", "cn.laowu.admin"})
    void noPackageCyclesInsideAModule(String module) {
        noCyclesBetweenPackagesOf(module).check(classes);
    }

    @Test
    void aFeaturesMapperIsUsedOnlyInsideItsFeature() {
        // Only the demo may backdate rows ("placed five weeks ago"), and it never runs in production.
        mappersStayInTheirPackage("cn.laowu.core", "cn.laowu.embedded..").check(classes);
    }

    @Test
    void theRulesThemselvesCatchACycleAndAForeignMapperUse() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("cn.laowu.app.archfixture");
        assertThatThrownBy(() -> noCyclesBetweenPackagesOf("cn.laowu.app.archfixture").check(fixtures))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
        assertThatThrownBy(() -> mappersStayInTheirPackage("cn.laowu.app.archfixture", "none..").check(fixtures))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Intruder");
    }

    private static SliceRule noCyclesBetweenPackagesOf(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /** Mappers (…Mapper) are reached only from their own package: other features go through its service. */
    private static ArchRule mappersStayInTheirPackage(String root, String exempt) {
        return classes().that().resideOutsideOfPackage(exempt).should(new ArchCondition<JavaClass>("use only their own package's mappers") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().getPackageName().startsWith(root)
                                && d.getTargetClass().getSimpleName().endsWith("Mapper")
                                && !d.getTargetClass().getPackageName().equals(origin.getPackageName()))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        });
    }
}
