package cn.laowu.bot.flow.allowance;

import cn.laowu.core.allowance.ClaimLookups;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.allowance.AllowanceClaim;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.allowance.ClaimStatus;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.payee.PaymentAccounts;
import org.springframework.stereotype.Component;

import java.util.List;

/** 我的补贴: each claim's state in a line; a bound broker sees the service subsidies generated for them. */
@Component
public class MyClaimsFlow implements Flow {

    private final AllowanceClaims claims;
    private final WorkerLookup lookup;
    private final BrokerService brokers;
    private final ClaimLookups lookups;
    private final PaymentAccounts accounts;

    public MyClaimsFlow(AllowanceClaims claims, WorkerLookup lookup, BrokerService brokers, PaymentAccounts accounts, ClaimLookups lookups) {
        this.lookups = lookups;
        this.accounts = accounts;
        this.claims = claims;
        this.lookup = lookup;
        this.brokers = brokers;
    }

    @Override
    public String id() {
        return "my_claims";
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.exit();
        var broker = brokers.boundTo(ctx.appid(), ctx.openid());
        if (broker.isPresent()) {
            return Reply.text(list("您的服务补贴:", lookups.forBroker(broker.get().getId()),
                    "每位推荐的老乡稳岗满一年,系统自动生成一笔,不用申请。"));
        }
        var worker = lookup.of(ctx);
        if (worker.isEmpty()) {
            return Reply.text("您还没有实名登记。回复 实名登记 开始,登记后回复 补贴申领 申请补贴。");
        }
        List<AllowanceClaims.View> mine = claims.mine(worker.get().getId());
        String account = mine.isEmpty() ? "" : accounts.of(worker.get().getId()).map(a -> "\n收款账户:" + a + "(要换,回复 收款账户)")
                .orElse("\n还没有登记收款的银行卡或社保卡,回复 收款账户 登记。");
        return Reply.text(list("您的补贴申请:", mine, "还没有申请过补贴。回复 补贴申领 看看能领哪些。") + account);
    }

    private static String list(String title, List<AllowanceClaims.View> views, String empty) {
        if (views.isEmpty()) {
            return empty;
        }
        StringBuilder out = new StringBuilder(title);
        int n = 0;
        for (AllowanceClaims.View view : views) {
            AllowanceClaim claim = view.claim();
            out.append('\n').append(++n).append(". ").append(view.policy().getName()).append(" ")
                    .append(AllowanceRules.yuan(claim.getAmountFen())).append(" · ").append(claim.getStatus().label());
            if (claim.getStatus() == ClaimStatus.PUBLICISED && claim.getNoticeUntil() != null) {
                out.append("(公示到").append(claim.getNoticeUntil().getMonthValue()).append("月")
                        .append(claim.getNoticeUntil().getDayOfMonth()).append("日)");
            }
            if (claim.getStatus() == ClaimStatus.REJECTED) {
                out.append("\n   原因:").append(claim.getReason());
            }
            if (claim.getStatus() == ClaimStatus.NEEDS_EVIDENCE) {
                out.append("\n   要补:").append(claim.getEvidenceRequest()).append(",回复 补贴申领 再回复 补交");
            }
        }
        return out.append("\n\n回复 补贴申领 申请新的补贴,回复 菜单 看更多服务。").toString();
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        return start(ctx);
    }
}
