package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** 公示 / 补贴公示在哪里看: the public list of the account's region, one answer. */
@Component
public class AllowanceNoticeFlow implements Flow {

    private final String noticeUrl;

    public AllowanceNoticeFlow(@Value("${laowu.allowances.notice-url:}") String noticeUrl) {
        this.noticeUrl = noticeUrl == null ? "" : noticeUrl.strip();
    }

    @Override
    public String id() {
        return "allowance_notice";
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.exit();
        String where = noticeUrl.isEmpty() || ctx.regionCode() == null
                ? "补贴公示名单贴在乡镇社会保障站和村务公开栏。"
                : "补贴公示名单在这里看:" + noticeUrl + (noticeUrl.endsWith("/") ? "" : "/") + ctx.regionCode();
        return Reply.text(where + "\n公示期内对名单有异议,回复 异议。\n回复 菜单 看更多服务。");
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        return start(ctx);
    }
}
