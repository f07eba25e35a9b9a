package cn.laowu.bot.flow.payee;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.StepFlow;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.payee.AccountKind;
import cn.laowu.core.payee.AccountNumbers;
import cn.laowu.core.payee.PaymentAccounts;
import cn.laowu.core.support.RuleViolation;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * 收款账户: the worker gives the bank card, 社保卡 or passbook account allowances are paid into. A card number is
 * checked (Luhn) and refused with an example; the bank is named from the card's first digits, or chosen from a
 * list. The number is sealed as soon as it is checked: the dialog state holds only the sealed value and the mask.
 */
@Component
public class PaymentAccountFlow extends StepFlow {

    public static final String ID = "payment_account";

    private final PaymentAccounts accounts;
    private final WorkerLookup lookup;

    public PaymentAccountFlow(PaymentAccounts accounts, WorkerLookup lookup) {
        this.accounts = accounts;
        this.lookup = lookup;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String task() {
        return "登记收款账户";
    }

    @Override
    public AnswerShape expects(DialogContext ctx) {
        return "number".equals(ctx.state().getStep()) ? AnswerShape.FREE : AnswerShape.CHOICE;
    }

    @Override
    public Reply start(DialogContext ctx) {
        var worker = lookup.of(ctx);
        if (worker.isEmpty()) {
            ctx.exit();
            return Reply.text("登记收款账户要先实名登记。回复 实名登记 开始。");
        }
        Reply first = super.start(ctx);
        ctx.state().getData().put("worker", String.valueOf(worker.get().getId()));
        String onFile = accounts.of(worker.get().getId()).map(a -> "您现在登记的是:" + a + "。要换一张,请往下选。\n")
                .orElse("");
        return Reply.text(onFile + first.text());
    }

    @Override
    protected List<Step> steps() {
        return List.of(
                new Step("kind", c -> "补贴发到您本人名下的账户。请选:\n1. 银行卡\n2. 社保卡(有金融功能的)\n3. 存折\n回复 取消 不登记",
                        this::kind),
                new Step("number", this::numberPrompt, this::number),
                new Step("bank", c -> "看不出这张卡是哪家银行的,请选开户银行:\n" + banks(), this::bank));
    }

    private Outcome kind(DialogContext ctx, UserInput input) {
        String text = input.text() == null ? "" : input.text();
        AccountKind kind = text.contains("社保") ? AccountKind.SOCIAL_CARD : text.contains("存折") ? AccountKind.PASSBOOK
                : text.contains("银行") ? AccountKind.BANK_CARD : null;
        int choice = ChoiceParser.parse(text).orElse(0);
        if (kind == null && choice >= 1 && choice <= 3) {
            kind = AccountKind.values()[choice - 1];
        }
        if (kind == null) {
            return retry("请回复 1、2 或 3。");
        }
        ctx.state().getData().put("kind", kind.name());
        return next();
    }

    private String numberPrompt(DialogContext ctx) {
        AccountKind kind = AccountKind.valueOf(ctx.state().getData().get("kind"));
        return kind == AccountKind.PASSBOOK ? "请输入存折账号(存折第一页上的数字):"
                : "请输入" + kind.label() + "卡号(卡正面的16到19位数字,可以带空格),例如 " + AccountNumbers.EXAMPLE + ":";
    }

    private Outcome number(DialogContext ctx, UserInput input) {
        Map<String, String> data = ctx.state().getData();
        PaymentAccounts.Checked checked;
        try {
            checked = accounts.check(AccountKind.valueOf(data.get("kind")), input.text());
        } catch (RuleViolation e) {
            return retry(e.getMessage());
        }
        data.put("sealed", checked.sealed());
        data.put("masked", checked.masked());
        if (checked.bank() != null) {
            data.put("bank", checked.bank());
            return finishNow();
        }
        return next();
    }

    private Outcome bank(DialogContext ctx, UserInput input) {
        int choice = ChoiceParser.parse(input.text() == null ? "" : input.text()).orElse(0);
        String bank = choice >= 1 && choice <= AccountNumbers.BANKS.size() ? AccountNumbers.BANKS.get(choice - 1)
                : AccountNumbers.BANKS.stream().filter(b -> input.text() != null && input.text().contains(b.substring(0, 2)))
                .findFirst().orElse(null);
        if (bank == null) {
            return retry("请回复银行前面的数字。别的银行的卡暂时不能登记,请换一张上面这几家的卡,或问乡镇社会保障站。");
        }
        ctx.state().getData().put("bank", bank);
        return next();
    }

    @Override
    protected Reply finish(DialogContext ctx) {
        Map<String, String> data = ctx.state().getData();
        AccountKind kind = AccountKind.valueOf(data.get("kind"));
        PaymentAccounts.Summary saved = accounts.save(Long.parseLong(data.get("worker")),
                new PaymentAccounts.Checked(kind, data.get("sealed"), data.get("masked"), data.get("bank")), data.get("bank"));
        return Reply.text("已登记收款账户:" + saved + "。\n补贴发放时打到这个账户。要换卡,再回复 收款账户。");
    }

    private static String banks() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < AccountNumbers.BANKS.size(); i++) {
            out.append(i + 1).append(". ").append(AccountNumbers.BANKS.get(i)).append('\n');
        }
        return out.toString().strip();
    }
}
