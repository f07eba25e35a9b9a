package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import org.springframework.stereotype.Component;

/**
 * "异议" said from the main menu: straight into the objection steps of {@link AllowanceFlow}
 * (the number on the 公示 list, then the reason), as if said inside 补贴申领.
 */
@Component
public class AllowanceObjectionFlow implements Flow {

    @Override
    public String id() {
        return "allowance_objection";
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.enter(AllowanceFlow.ID, ObjectionSteps.NUMBER);
        return Reply.text("对补贴公示名单有异议:请回复名单上的编号(名单第一列的数字)。\n不提了回复 菜单。");
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        return start(ctx);
    }
}
