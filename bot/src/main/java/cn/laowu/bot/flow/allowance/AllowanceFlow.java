package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.Answers;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.RegistrationFlow;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.allowance.Computation;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * 补贴申领: what the worker may claim now and why not the rest, and the way into each thing done
 * here: a new claim ({@link NewClaimSteps}: only what the policy needs, the amount the rules give, a
 * confirmation before anything is submitted), a requested photo sent (补交, {@link EvidenceSupply}),
 * an objection to a 公示 entry (异议, {@link ObjectionSteps}). All are steps of this one flow.
 */
@Component
public class AllowanceFlow implements Flow {

    public static final String ID = "allowance";

    private final AllowanceClaims claims;
    private final WorkerLookup lookup;
    private final Answers answers;
    private final RegistrationFlow registration;
    private final MyClaimsFlow mine;
    private final NewClaimSteps claim;
    private final EvidenceSupply supply;
    private final ObjectionSteps objection;
    private final String noticeUrl;

    AllowanceFlow(AllowanceClaims claims, WorkerLookup lookup, Answers answers, RegistrationFlow registration,
                  MyClaimsFlow mine, NewClaimSteps claim, EvidenceSupply supply, ObjectionSteps objection,
                  @Value("${laowu.allowances.notice-url:}") String noticeUrl) {
        this.noticeUrl = noticeUrl == null ? "" : noticeUrl.strip();
        this.registration = registration;
        this.mine = mine;
        this.claims = claims;
        this.lookup = lookup;
        this.answers = answers;
        this.claim = claim;
        this.supply = supply;
        this.objection = objection;
    }

    @Override
    public AnswerShape expects(DialogContext ctx) {
        String step = ctx.state().getStep();
        // Where one works is answered with a number or a word of the list (省外, 省内, 州内): a place.
        return NewClaimSteps.COST.equals(step) || FareSum.STEP.equals(step) ? AnswerShape.AMOUNT
                : NewClaimSteps.AREA.equals(step) ? AnswerShape.PLACE
                : ObjectionSteps.REASON.equals(step) || NewClaimSteps.PHOTO.equals(step) ? AnswerShape.FREE
                : AnswerShape.CHOICE;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.enter(ID, "pick");
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            return Reply.text(answers.byId("allowances").map(a -> a + "\n\n").orElse("")
                    + "实名登记后就能在这里申领:回复 实名登记。\n对补贴公示名单有异议,回复 异议。" + noticeLink(ctx)
                    + "\n回复 菜单 看更多服务。");
        }
        Map<String, String> data = ctx.state().getData();
        data.clear();
        data.put("worker", String.valueOf(worker.getId()));
        StringBuilder out = new StringBuilder("【补贴申领】");
        claims.awaitingEvidence(worker.getId()).ifPresent(v -> out.append("\n您的「").append(v.policy().getName())
                .append("」需要补充材料:").append(v.claim().getEvidenceRequest()).append("\n回复 补交 把照片发过来。\n"));
        List<AllowanceClaims.Option> options = claims.options(worker.getId());
        List<AllowanceClaims.Option> open = options.stream().filter(AllowanceClaims.Option::claimable).toList();
        if (!open.isEmpty()) {
            out.append("\n现在可以申领:");
            int n = 0;
            for (AllowanceClaims.Option option : open) {
                out.append('\n').append(++n).append(". ").append(offer(option));
            }
        }
        List<AllowanceClaims.Option> closed = options.stream().filter(o -> !o.claimable()).toList();
        if (!closed.isEmpty()) {
            out.append(open.isEmpty() ? "\n现在没有可以申领的补贴:" : "\n\n暂不能申领:");
            closed.forEach(o -> out.append("\n· ").append(o.policy().getName()).append(":").append(o.reason()));
        }
        data.put("offer", String.join(",", open.stream().map(o -> String.valueOf(o.policy().getId())).toList()));
        out.append("\n\n").append(open.isEmpty() ? "" : "回复序号开始申领。").append("查进度回复 我的补贴;对公示名单有异议回复 异议。")
                .append(noticeLink(ctx));
        return Reply.text(out.toString());
    }

    /**
     * "路费能报不": the allowance of that kind opens directly when it can be claimed; when it cannot,
     * the worker hears why first, above what can be claimed.
     */
    @Override
    public Reply start(DialogContext ctx, String text) {
        Reply all = start(ctx);
        Optional<String> kind = text == null ? Optional.empty() : AllowanceKinds.named(text);
        Map<String, String> data = ctx.state().getData();
        if (kind.isEmpty() || !data.containsKey("worker")) {
            return all;
        }
        List<AllowanceClaims.Option> options = claims.options(Long.parseLong(data.get("worker")));
        List<AllowanceClaims.Option> open = options.stream().filter(AllowanceClaims.Option::claimable).toList();
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).policy().getName().contains(kind.get())) {
                return Reply.text("好的,申领「" + open.get(i).policy().getName() + "」。\n"
                        + handle(ctx, UserInput.text(String.valueOf(i + 1))).text());
            }
        }
        return options.stream().filter(o -> !o.claimable() && o.policy().getName().contains(kind.get())).findFirst()
                .map(o -> Reply.text("「" + o.policy().getName() + "」现在还不能申领:" + o.reason() + "\n\n" + all.text()))
                .orElse(all);
    }

    /** The public 公示 page of the account's region, when its address is configured. */
    private String noticeLink(DialogContext ctx) {
        return noticeUrl.isEmpty() || ctx.regionCode() == null ? ""
                : "\n公示名单:" + noticeUrl + (noticeUrl.endsWith("/") ? "" : "/") + ctx.regionCode();
    }

    private static String offer(AllowanceClaims.Option option) {
        AllowancePolicy policy = option.policy();
        if (option.asksArea()) {
            return FareArea.offer(policy);
        }
        if (policy.getComputation() == Computation.CAPPED_COST) {
            return policy.getName() + "(实际车费," + option.area().label() + "最多" + AllowanceRules.yuan(option.capFen()) + ")";
        }
        return policy.getName() + "(" + AllowanceRules.yuan(AllowanceRules.amount(policy, null, null, 0)) + ")";
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        String step = ctx.state().getStep();
        try {
            return switch (step == null ? "pick" : step) {
                case NewClaimSteps.AREA -> claim.area(ctx, input);
                case NewClaimSteps.COST -> claim.cost(ctx, input);
                case FareSum.STEP -> claim.fareSum(ctx, input);
                case NewClaimSteps.PHOTO -> claim.photo(ctx, input);
                case NewClaimSteps.CONFIRM -> claim.confirm(ctx, input);
                case EvidenceSupply.STEP -> supply.handle(ctx, input);
                case ObjectionSteps.NUMBER -> objection.number(ctx, input);
                case ObjectionSteps.REASON -> objection.reason(ctx, input);
                default -> pick(ctx, input);
            };
        } catch (RuleViolation e) {
            ctx.exit();
            return Reply.text(e.getMessage() + "\n回复 补贴申领 重新开始,或回复 菜单。");
        }
    }

    /** Back from 实名登记: straight to what they may claim. */
    @Override
    public Reply resume(DialogContext ctx, String argument) {
        return start(ctx);
    }

    @Override
    public Reply back(DialogContext ctx) {
        return start(ctx);
    }

    private Reply pick(DialogContext ctx, UserInput input) {
        Map<String, String> data = ctx.state().getData();
        String text = TextNormaliser.compact(input.text());
        if (text.contains("异议")) {
            return objection.start(ctx);
        }
        if (!data.containsKey("worker")) {
            if (text.contains("登记")) {
                return ctx.detour(registration, ID, "");
            }
            return Reply.text("您还没有实名登记,回复 实名登记 开始;对公示名单有异议回复 异议。");
        }
        if (text.contains("我的补贴") || text.contains("进度")) {
            return mine.start(ctx);
        }
        long workerId = Long.parseLong(data.get("worker"));
        if (text.contains("补交")) {
            return supply.start(ctx, workerId);
        }
        List<String> offered = data.getOrDefault("offer", "").isEmpty() ? List.of()
                : Arrays.asList(data.get("offer").split(","));
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (choice.isEmpty() || choice.getAsInt() < 1 || choice.getAsInt() > offered.size()) {
            return Reply.text(offered.isEmpty() ? "现在没有可以申领的补贴。回复 我的补贴 查看进度,或回复 菜单。"
                    : "请回复 1" + (offered.size() > 1 ? " 到 " + offered.size() : "") + " 中的序号,或回复 菜单。");
        }
        return claim.begin(ctx, claims.option(workerId, Long.parseLong(offered.get(choice.getAsInt() - 1))));
    }
}
