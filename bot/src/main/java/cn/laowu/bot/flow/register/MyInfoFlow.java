package cn.laowu.bot.flow.register;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

/** 我的信息: the worker's own card, masked as everywhere else. */
@Component
public class MyInfoFlow implements Flow {

    private final WorkerLookup lookup;

    public MyInfoFlow(WorkerLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public String id() {
        return "my_info";
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.exit();
        return lookup.of(ctx).map(MyInfoFlow::card).map(Reply::text)
                .orElseGet(() -> Reply.text("您还没有实名登记。回复 实名登记 开始,只要一两分钟。"));
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        return start(ctx);
    }

    private static String card(Worker w) {
        return "您的登记信息:\n姓名:" + w.getName() + "\n身份证:" + w.getIdNumberMasked() + "\n手机:"
                + (w.getPhoneMasked() == null ? "未填" : w.getPhoneMasked()) + "\n建档立卡:"
                + (Boolean.TRUE.equals(w.getPovertyRegistered()) ? "是" : "否") + "\n就业状态:"
                + w.getEmploymentStatus().label()
                + (w.getIntendedArea() == null ? "" : "\n想去:" + w.getIntendedArea().label())
                + (w.getIntendedIndustry() == null ? "" : "\n想做:" + w.getIntendedIndustry())
                + (w.getExpectedWageFen() == null ? "" : "\n期望月薪:" + w.getExpectedWageFen() / 100 + "元")
                + "\n\n信息有误请带身份证到乡镇社会保障站更正。";
    }
}
