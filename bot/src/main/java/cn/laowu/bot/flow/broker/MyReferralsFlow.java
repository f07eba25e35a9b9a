package cn.laowu.bot.flow.broker;

import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.broker.Broker;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.privacy.Masking;
import org.springframework.stereotype.Component;

import java.util.List;

/** 我的推荐, for brokers: the workers they brought, where each stands, which count for the subsidy. */
@Component
public class MyReferralsFlow implements Flow {

    private final BrokerService brokers;
    /** The broker's own page (links to share, the whole funnel), when the platform has a public address. */
    private final String pageLink;

    public MyReferralsFlow(BrokerService brokers, WeChatProperties properties) {
        this.brokers = brokers;
        this.pageLink = properties.publicUrl() == null ? "" : "\n\n分享岗位链接、看访问和补贴:" + properties.publicUrl() + "/h5/broker";
    }

    @Override
    public String id() {
        return "my_referrals";
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.exit();
        Broker broker = brokers.boundTo(ctx.appid(), ctx.openid()).orElse(null);
        if (broker == null) {
            return Reply.text("这个功能给劳务经纪人使用。经纪人请找县就业服务中心登记,扫绑定码后就能查看推荐记录。");
        }
        String disabled = Boolean.TRUE.equals(broker.getEnabled()) ? ""
                : "您的经纪人资格已停用,扫您的码不再记推荐;已记的推荐照常保留。如有疑问请联系县就业服务中心。\n\n";
        List<BrokerService.Referral> referrals = brokers.referrals(broker.getId());
        if (referrals.isEmpty()) {
            return Reply.text(disabled + broker.getName() + ",您还没有推荐成功的报名。把您的二维码或岗位二维码发给老乡,"
                    + "他们扫码后报名就记在您名下。" + pageLink);
        }
        StringBuilder out = new StringBuilder(disabled + broker.getName() + ",您推荐的报名:");
        int n = 0;
        for (BrokerService.Referral referral : referrals.subList(0, Math.min(15, referrals.size()))) {
            out.append('\n').append(++n).append(". ").append(Masking.name(referral.entry().worker().getName()))
                    .append(" · ").append(referral.entry().job().getTitle()).append(" · ")
                    .append(referral.entry().application().getStatus().label());
            if (referral.subsidyEligible()) {
                out.append(" ✓可申请补贴");
            }
        }
        long eligible = referrals.stream().filter(BrokerService.Referral::subsidyEligible).count();
        out.append("\n\n共 ").append(referrals.size()).append(" 人,其中稳岗满一年 ").append(eligible)
                .append(" 人,每人可申请300元服务补贴(以当地政策为准)。");
        return Reply.text(out.append(pageLink).toString());
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        return start(ctx);
    }
}
