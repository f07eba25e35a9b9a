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
import cn.laowu.core.allowance.AllowanceClaim;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.AllowancePolicy;
import cn.laowu.core.allowance.Objections;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.allowance.ClaimStatus;
import cn.laowu.core.allowance.Computation;
import cn.laowu.core.allowance.EvidenceKind;
import cn.laowu.core.allowance.Photo;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * 补贴申领: what the worker may claim now and why not the rest; then only what the policy needs
 * (the fare, photos of the tickets and the contract, sent as image messages), the amount the rules
 * give, and a confirmation before anything is submitted. Also where a requested photo is sent
 * (补交) and where anyone objects to a 公示 entry (异议).
 */
@Component
public class AllowanceFlow implements Flow {

    public static final String ID = "allowance";
    private static final Set<String> DONE = Set.of("好了", "好", "发完了", "完了", "完成", "没有了", "就这些", "ok");
    private static final int MAX_PHOTOS = 9;

    private final AllowanceClaims claims;
    private final Objections objections;
    private final WorkerLookup lookup;
    private final EvidencePhotos photos;
    private final Answers answers;
    private final RegistrationFlow registration;
    private final MyClaimsFlow mine;
    private final String noticeUrl;

    public AllowanceFlow(AllowanceClaims claims, Objections objections, WorkerLookup lookup, EvidencePhotos photos,
                         Answers answers, RegistrationFlow registration, MyClaimsFlow mine,
                         @Value("${laowu.allowances.notice-url:}") String noticeUrl) {
        this.noticeUrl = noticeUrl == null ? "" : noticeUrl.strip();
        this.registration = registration;
        this.mine = mine;
        this.claims = claims;
        this.objections = objections;
        this.lookup = lookup;
        this.photos = photos;
        this.answers = answers;
    }

    @Override
    public AnswerShape expects(DialogContext ctx) {
        String step = ctx.state().getStep();
        // Where one works is answered with a number or a word of the list (省外, 省内, 州内): a place.
        return "cost".equals(step) || FareSum.STEP.equals(step) ? AnswerShape.AMOUNT
                : "area".equals(step) ? AnswerShape.PLACE
                : "objection_text".equals(step) || "photo".equals(step) ? AnswerShape.FREE : AnswerShape.CHOICE;
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
                case "area" -> area(ctx, input);
                case "cost" -> cost(ctx, input);
                case FareSum.STEP -> switch (FareSum.answer(ctx, input)) {
                    case YES -> askPhoto(ctx, option(ctx));
                    case NO -> Reply.text("好的,请写车票一共多少元,比如 260。");
                    case OTHER -> cost(ctx, input);
                };
                case "photo" -> photo(ctx, input);
                case "confirm" -> confirm(ctx, input);
                case "supply" -> supply(ctx, input);
                case "objection_no" -> objectionNumber(ctx, input);
                case "objection_text" -> objection(ctx, input);
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
            ctx.state().setStep("objection_no");
            return Reply.text("请回复公示名单上的编号(名单第一列的数字)。");
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
            Optional<AllowanceClaims.View> waiting = claims.awaitingEvidence(workerId);
            if (waiting.isEmpty()) {
                return Reply.text("您现在没有需要补交材料的申请。回复 我的补贴 查看进度。");
            }
            data.put("claim", String.valueOf(waiting.get().claim().getId()));
            data.put("photos", "");
            ctx.state().setStep("supply");
            return Reply.text("请把要补充的照片发过来:" + waiting.get().claim().getEvidenceRequest()
                    + "\n可以发几张,发完回复 好了。");
        }
        List<String> offered = data.getOrDefault("offer", "").isEmpty() ? List.of()
                : Arrays.asList(data.get("offer").split(","));
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (choice.isEmpty() || choice.getAsInt() < 1 || choice.getAsInt() > offered.size()) {
            return Reply.text(offered.isEmpty() ? "现在没有可以申领的补贴。回复 我的补贴 查看进度,或回复 菜单。"
                    : "请回复 1" + (offered.size() > 1 ? " 到 " + offered.size() : "") + " 中的序号,或回复 菜单。");
        }
        AllowanceClaims.Option option = claims.option(workerId, Long.parseLong(offered.get(choice.getAsInt() - 1)));
        data.remove("area");
        data.remove("cost");
        data.put("policy", String.valueOf(option.policy().getId()));
        data.put("photos", "");
        data.put("kind", "0");
        if (option.asksArea()) {
            ctx.state().setStep("area");
            return Reply.text("【" + option.policy().getName() + "】" + FareArea.QUESTION);
        }
        if (option.asksCost()) {
            ctx.state().setStep("cost");
            return Reply.text("【" + option.policy().getName() + "】这次出门务工,车票一共花了多少元?按票据上的金额,"
                    + "直接回数字,比如 260。");
        }
        return askPhoto(ctx, option);
    }

    /** Where a worker who found work alone works: the cap follows it. */
    private Reply area(DialogContext ctx, UserInput input) {
        WorkArea where = FareArea.parse(input.text()).orElse(null);
        if (where == null) {
            return Reply.text(FareArea.AGAIN);
        }
        if (where == WorkArea.IN_COUNTY) {
            ctx.exit();
            return Reply.text("在本县内务工,按政策没有路费补助。回复 补贴申领 看看其他补贴。");
        }
        AllowanceClaims.Option option = option(ctx).in(where);
        ctx.state().getData().put("area", where.name());
        ctx.state().setStep("cost");
        return Reply.text("【" + option.policy().getName() + "】" + where.label() + "最多补" + AllowanceRules.yuan(option.capFen())
                + "。这次出门务工,车票一共花了多少元?按票据上的金额,直接回数字,比如 260。");
    }

    private Reply cost(DialogContext ctx, UserInput input) {
        OptionalLong amount = FareParser.fen(input.text());
        if (amount.isEmpty()) {
            return FareSum.ask(ctx, input.text()).orElseGet(() -> Reply.text("车费写票据上的金额数字就行,比如 260 或 260.5。"));
        }
        long fen = amount.getAsLong();
        if (fen < 100 || fen > 1_000_000) {
            return Reply.text("车费要在1元到1万元之间,请按票据填写,比如 260。");
        }
        ctx.state().getData().put("cost", String.valueOf(fen));
        return askPhoto(ctx, option(ctx));
    }

    private Reply askPhoto(DialogContext ctx, AllowanceClaims.Option option) {
        List<EvidenceKind> kinds = option.photos();
        int index = Integer.parseInt(ctx.state().getData().get("kind"));
        if (index >= kinds.size()) {
            return quote(ctx, option);
        }
        ctx.state().setStep("photo");
        return Reply.text("请拍照发来:" + kinds.get(index).label() + (kinds.size() > 1 ? "(第" + (index + 1) + "项,共"
                + kinds.size() + "项)" : "") + "。\n可以发几张,发完回复 好了。");
    }

    private Reply photo(DialogContext ctx, UserInput input) {
        Map<String, String> data = ctx.state().getData();
        AllowanceClaims.Option option = option(ctx);
        EvidenceKind kind = option.photos().get(Integer.parseInt(data.get("kind")));
        if (input.kind() == UserInput.Kind.IMAGE && input.mediaId() != null) {
            return collect(data, kind, photos.keep(ctx, kind, input.mediaId()));
        }
        if (DONE.contains(TextNormaliser.compact(input.text()).toLowerCase())) {
            if (!data.get("photos").contains(kind.name() + ":")) {
                return Reply.text("还没收到" + kind.label() + "的照片。点输入框旁的 + 号,选 照片 发过来。");
            }
            data.put("kind", String.valueOf(Integer.parseInt(data.get("kind")) + 1));
            return askPhoto(ctx, option);
        }
        return Reply.text("请发" + kind.label() + "的照片:点输入框旁的 + 号,选 照片。发完回复 好了。");
    }

    /** Notes the kept photo's id (fetched and kept on arrival), or refuses one that could not be kept. */
    private Reply collect(Map<String, String> data, EvidenceKind kind, String keptId) {
        String collected = data.getOrDefault("photos", "");
        long count = collected.isEmpty() ? 0 : collected.split(";").length;
        if (count >= MAX_PHOTOS) {
            return Reply.text("照片够了,最多" + MAX_PHOTOS + "张。回复 好了 继续。");
        }
        if (keptId.length() > 128 || keptId.contains(";") || keptId.contains(":")) {
            return Reply.text("这张照片没收到,请重新发一次。");
        }
        data.put("photos", collected + (collected.isEmpty() ? "" : ";") + kind.name() + ":" + keptId);
        // Counted per kind: the first ticket after two contract photos is the first, not the third.
        long ofKind = Arrays.stream(data.get("photos").split(";")).filter(p -> p.startsWith(kind.name() + ":")).count();
        return Reply.text("收到第" + ofKind + "张" + kind.label() + "照片。还有就接着发,发完回复 好了。");
    }

    private Reply quote(DialogContext ctx, AllowanceClaims.Option option) {
        Long cost = ctx.state().getData().containsKey("cost") ? Long.parseLong(ctx.state().getData().get("cost")) : null;
        AllowanceClaims.Quote quote = claims.quote(option, cost);
        ctx.state().setStep("confirm");
        return Reply.text("按规定您可以领 " + AllowanceRules.yuan(quote.amountFen()) + "。" + quote.explanation()
                + "\n1. 提交申请\n2. 先不提交");
    }

    private Reply confirm(DialogContext ctx, UserInput input) {
        OptionalInt choice = ChoiceParser.parse(input.text());
        String text = TextNormaliser.compact(input.text());
        if (choice.isPresent() && choice.getAsInt() == 2 || text.contains("不提交")) {
            ctx.exit();
            return Reply.text("好的,没有提交。想好了再回复 补贴申领。");
        }
        if (!(choice.isPresent() && choice.getAsInt() == 1 || text.contains("提交"))) {
            return Reply.text("请回复 1 提交,或 2 先不提交。");
        }
        Map<String, String> data = ctx.state().getData();
        List<Photo> fetched = photos.fetch(ctx, data.get("photos")).orElse(null);
        if (fetched == null) {
            data.put("photos", "");
            data.put("kind", "0");
            return Reply.text("照片没能取到(可能网络不好或已过期),请重新发一次。\n" + askPhoto(ctx, option(ctx)).text());
        }
        Long cost = data.containsKey("cost") ? Long.parseLong(data.get("cost")) : null;
        AllowanceClaim claim = claims.submit(Long.parseLong(data.get("worker")), Long.parseLong(data.get("policy")),
                data.containsKey("area") ? WorkArea.valueOf(data.get("area")) : null, cost, fetched);
        ctx.exit();
        if (claim.getStatus() == ClaimStatus.AWAITING_LIST) {
            return Reply.text("已提交,申请编号 " + claim.getId() + ",金额 " + AllowanceRules.yuan(claim.getAmountFen())
                    + "。\n" + AllowanceClaims.WAIT + "核对上了会告诉您。");
        }
        return Reply.text("已提交,申请编号 " + claim.getId() + ",金额 " + AllowanceRules.yuan(claim.getAmountFen())
                + "。\n乡镇社会保障站初审、县里审核,通过后公示几天,无异议就发放。每一步都会告诉您,也可以回复 我的补贴 查看。");
    }

    private Reply supply(DialogContext ctx, UserInput input) {
        Map<String, String> data = ctx.state().getData();
        if (input.kind() == UserInput.Kind.IMAGE && input.mediaId() != null) {
            return collect(data, EvidenceKind.SUPPLEMENT, photos.keep(ctx, EvidenceKind.SUPPLEMENT, input.mediaId()));
        }
        if (!DONE.contains(TextNormaliser.compact(input.text()).toLowerCase())) {
            return Reply.text("请发照片:点输入框旁的 + 号,选 照片。发完回复 好了。");
        }
        if (data.getOrDefault("photos", "").isEmpty()) {
            return Reply.text("还没收到照片。点输入框旁的 + 号,选 照片 发过来。");
        }
        List<Photo> fetched = photos.fetch(ctx, data.get("photos")).orElse(null);
        if (fetched == null) {
            data.put("photos", "");
            return Reply.text("照片没能取到(可能网络不好或已过期),请重新发一次,发完回复 好了。");
        }
        claims.supply(Long.parseLong(data.get("worker")), Long.parseLong(data.get("claim")), fetched);
        ctx.exit();
        return Reply.text("补充材料收到了,已重新交乡镇社会保障站审核。回复 我的补贴 查看进度。");
    }

    private Reply objectionNumber(DialogContext ctx, UserInput input) {
        Matcher number = Pattern.compile("\\d{1,12}").matcher(TextNormaliser.fold(input.text()));
        if (!number.find()) {
            return Reply.text("请回复名单上的编号数字,比如 1024。");
        }
        ctx.state().getData().put("claim", number.group());
        ctx.state().setStep("objection_text");
        return Reply.text("请说明您的异议,比如 此人并未外出务工。我们会在公示期内核查,不会透露您的身份。");
    }

    private Reply objection(DialogContext ctx, UserInput input) {
        if (!input.isText()) {
            return Reply.text("请用文字说明您的异议。");
        }
        // The number is the one a 公示 list shows (keyed, so any region's list); the follower is who objects.
        objections.lodge("/", ctx.state().getData().get("claim"), input.text(),
                Objections.Objector.follower(ctx.appid(), ctx.openid()), "CHAT", null);
        ctx.exit();
        return Reply.text("已记下您的异议。名单上这一条会标为“有异议,核查中”,县里核查清楚之前不会发放。谢谢您的监督!");
    }

    private AllowanceClaims.Option option(DialogContext ctx) {
        Map<String, String> data = ctx.state().getData();
        AllowanceClaims.Option option = claims.option(Long.parseLong(data.get("worker")), Long.parseLong(data.get("policy")));
        return data.containsKey("area") && option.asksArea() ? option.in(WorkArea.valueOf(data.get("area"))) : option;
    }
}
