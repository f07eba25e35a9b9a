package cn.laowu.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import me.chanjar.weixin.mp.api.WxMpKefuService;
import me.chanjar.weixin.mp.api.WxMpMassMessageService;
import me.chanjar.weixin.mp.api.WxMpSubscribeMsgService;
import me.chanjar.weixin.mp.api.WxMpTemplateMsgService;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One send path: only the outbox's sender (package {@code bot.outbound}) calls WeChat's sending
 * APIs (customer-service, template, mass and subscription-notice sends), so everything a follower
 * is sent has the rate, the 45009 pause, retries and a delivery row. Anything else queues in the
 * outbox ({@code Outbox.toWorker}, {@code toFollower}, {@code lateReply}).
 */
class OneSendPathTest {

    static final String SENDER = "cn.laowu.bot.outbound";

    private static final List<Class<?>> SENDING_APIS = List.of(WxMpKefuService.class, WxMpTemplateMsgService.class,
            WxMpMassMessageService.class, WxMpSubscribeMsgService.class);

    /** A call that makes WeChat send something: a send or mass-send method (preview included) of those services. */
    static final DescribedPredicate<JavaMethodCall> SENDS = DescribedPredicate.describe("a WeChat send",
            call -> SENDING_APIS.stream().anyMatch(api -> call.getTargetOwner().isAssignableTo(api))
                    && call.getName().toLowerCase().matches(".*(send|preview).*"));

    /** Imported once for the class: every cn.laowu class is a few seconds' work on a busy machine. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.laowu");

    @Test
    void onlyTheOutboxSenderCallsWeChatsSendingApis() {
        sendOnlyFrom(SENDER).check(CLASSES);
    }

    @Test
    void theSenderReallySendsSoTheRuleIsNotVacuous() {
        // If the sending types or names change in WxJava, the rule would match nothing and pass forever.
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().equals(SENDER))
                .flatMap(c -> c.getMethodCallsFromSelf().stream()).filter(SENDS)
                .map(call -> call.getTargetOwner().getSimpleName()).distinct())
                .containsExactlyInAnyOrder("WxMpKefuService", "WxMpTemplateMsgService", "WxMpMassMessageService",
                        "WxMpSubscribeMsgService");
    }

    @Test
    void theRuleCatchesASecondSendPath() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("cn.laowu.app.archfixture.send");
        assertThatThrownBy(() -> sendOnlyFrom(SENDER).check(fixtures))
                .isInstanceOf(AssertionError.class).hasMessageContaining("SecondSendPath.reply")
                .hasMessageNotContaining("SecondSendPath.nickname");
    }

    private static ArchRule sendOnlyFrom(String sender) {
        return noClasses().that().resideOutsideOfPackage(sender).should().callMethodWhere(SENDS)
                .because("everything sent to a follower goes through the outbox (README, \"Messages to workers\")");
    }
}
