package cn.laowu.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module arrows of DESIGN.md: bot → core, admin → core, app → all; never bot ↔ admin, never core → ours. */
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
}
