package cn.laowu.bot.flow.notices;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.h5.JobNoticeLinks;
import cn.laowu.core.broadcast.NoticeOptIns;
import org.springframework.stereotype.Component;

/** 退订 / 订阅: whether this follower gets job notices and announcements at all. One sentence, one answer. */
@Component
public class NoticesFlow implements Flow {

    private final NoticeOptIns optIns;
    private final JobNoticeLinks links;

    public NoticesFlow(NoticeOptIns optIns, JobNoticeLinks links) {
        this.optIns = optIns;
        this.links = links;
    }

    @Override
    public String id() {
        return "notices";
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.exit();
        return Reply.text("回复 退订 就不再收到岗位推送和通知;回复 订阅 恢复。您自己的报名、投诉、补贴进展照常告诉您。");
    }

    @Override
    public Reply start(DialogContext ctx, String text) {
        String said = TextNormaliser.compact(text);
        ctx.exit();
        if (said.contains("退") || said.contains("不要") || said.contains("别") || said.contains("取消")
                || said.contains("不想") || said.contains("烦") || said.equals("td") || said.contains("关")
                || said.contains("莫发") || said.contains("莫推") || said.contains("停")) {
            optIns.wantsBroadcasts(ctx.appid(), ctx.openid(), false);
            return Reply.text("好的,以后不再给您推送岗位和通知。您自己的报名、投诉、补贴进展照常告诉您。想再收到,回复 订阅。");
        }
        if (said.contains("订阅") || said.contains("恢复") || said.contains("通知我") || said.contains("推给我")
                || said.contains("想收到") || said.contains("重新收") || said.contains("打开")) {
            optIns.wantsBroadcasts(ctx.appid(), ctx.openid(), true);
            String page = links.forFollower(ctx.appid(), ctx.openid())
                    .map(link -> "\n好几天没来公众号也想收到?点这里订阅:" + link).orElse("");
            return Reply.text("好的,有合适的岗位会推送给您(每周最多3条,晚上10点到早上7点不发)。不想收了回复 退订。" + page);
        }
        return start(ctx);
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        return start(ctx);
    }
}
