package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.allowance.Objections;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 异议 to a 公示 entry, from anyone (registered or not): the entry's number, then the reason. Steps of
 * {@link AllowanceFlow} (so 异议 said inside 补贴申领 and from the menu, {@link AllowanceObjectionFlow},
 * land on the same steps).
 */
@Component
class ObjectionSteps {

    static final String NUMBER = "objection_no";
    static final String REASON = "objection_text";
    private static final Pattern ENTRY = Pattern.compile("\\d{1,12}");

    private final Objections objections;

    ObjectionSteps(Objections objections) {
        this.objections = objections;
    }

    Reply start(DialogContext ctx) {
        ctx.state().setStep(NUMBER);
        return Reply.text("请回复公示名单上的编号(名单第一列的数字)。");
    }

    Reply number(DialogContext ctx, UserInput input) {
        Matcher number = ENTRY.matcher(TextNormaliser.fold(input.text()));
        if (!number.find()) {
            return Reply.text("请回复名单上的编号数字,比如 1024。");
        }
        ctx.state().getData().put("claim", number.group());
        ctx.state().setStep(REASON);
        return Reply.text("请说明您的异议,比如 此人并未外出务工。我们会在公示期内核查,不会透露您的身份。");
    }

    Reply reason(DialogContext ctx, UserInput input) {
        if (!input.isText()) {
            return Reply.text("请用文字说明您的异议。");
        }
        // The number is the one a 公示 list shows (keyed, so any region's list); the follower is who objects.
        objections.lodge("/", ctx.state().getData().get("claim"), input.text(),
                Objections.Objector.follower(ctx.appid(), ctx.openid()), "CHAT", null);
        ctx.exit();
        return Reply.text("已记下您的异议。名单上这一条会标为“有异议,核查中”,县里核查清楚之前不会发放。谢谢您的监督!");
    }
}
