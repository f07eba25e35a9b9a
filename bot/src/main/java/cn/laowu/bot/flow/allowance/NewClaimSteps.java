package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.allowance.AllowanceClaim;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.AllowanceRules;
import cn.laowu.core.allowance.ClaimStatus;
import cn.laowu.core.allowance.EvidenceKind;
import cn.laowu.core.allowance.Photo;
import cn.laowu.core.worker.WorkArea;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A claim for the allowance the worker picked, asking only what its policy needs: where they work
 * (the fare's cap follows it), the fare, a photo of each kind of proof; then the amount the rules
 * give and a confirmation before it is submitted. Steps of {@link AllowanceFlow}.
 */
@Component
class NewClaimSteps {

    static final String AREA = "area";
    static final String COST = "cost";
    static final String PHOTO = "photo";
    static final String CONFIRM = "confirm";
    private static final String COST_QUESTION = "这次出门务工,车票一共花了多少元?按票据上的金额,直接回数字,比如 260。";

    private final AllowanceClaims claims;
    private final EvidencePhotos photos;

    NewClaimSteps(AllowanceClaims claims, EvidencePhotos photos) {
        this.claims = claims;
        this.photos = photos;
    }

    /** The first question for the chosen allowance. */
    Reply begin(DialogContext ctx, AllowanceClaims.Option option) {
        Map<String, String> data = ctx.state().getData();
        data.remove(AREA);
        data.remove(COST);
        data.put("policy", String.valueOf(option.policy().getId()));
        data.put(PhotoCollection.KEY, "");
        data.put("kind", "0");
        if (option.asksArea()) {
            ctx.state().setStep(AREA);
            return Reply.text("【" + option.policy().getName() + "】" + FareArea.QUESTION);
        }
        if (option.asksCost()) {
            ctx.state().setStep(COST);
            return Reply.text("【" + option.policy().getName() + "】" + COST_QUESTION);
        }
        return askPhoto(ctx, option);
    }

    /** Where a worker who found work alone works: the cap follows it. */
    Reply area(DialogContext ctx, UserInput input) {
        WorkArea where = FareArea.parse(input.text()).orElse(null);
        if (where == null) {
            return Reply.text(FareArea.AGAIN);
        }
        if (where == WorkArea.IN_COUNTY) {
            ctx.exit();
            return Reply.text("在本县内务工,按政策没有路费补助。回复 补贴申领 看看其他补贴。");
        }
        AllowanceClaims.Option option = option(ctx).in(where);
        ctx.state().getData().put(AREA, where.name());
        ctx.state().setStep(COST);
        return Reply.text("【" + option.policy().getName() + "】" + where.label() + "最多补" + AllowanceRules.yuan(option.capFen())
                + "。" + COST_QUESTION);
    }

    Reply cost(DialogContext ctx, UserInput input) {
        OptionalLong amount = FareParser.fen(input.text());
        if (amount.isEmpty()) {
            return FareSum.ask(ctx, input.text()).orElseGet(() -> Reply.text("车费写票据上的金额数字就行,比如 260 或 260.5。"));
        }
        long fen = amount.getAsLong();
        if (fen < 100 || fen > 1_000_000) {
            return Reply.text("车费要在1元到1万元之间,请按票据填写,比如 260。");
        }
        ctx.state().getData().put(COST, String.valueOf(fen));
        return askPhoto(ctx, option(ctx));
    }

    /** The worker's answer to the fare added up and read back ({@link FareSum}). */
    Reply fareSum(DialogContext ctx, UserInput input) {
        return switch (FareSum.answer(ctx, input)) {
            case YES -> askPhoto(ctx, option(ctx));
            case NO -> Reply.text("好的,请写车票一共多少元,比如 260。");
            case OTHER -> cost(ctx, input);
        };
    }

    private Reply askPhoto(DialogContext ctx, AllowanceClaims.Option option) {
        List<EvidenceKind> kinds = option.photos();
        int index = Integer.parseInt(ctx.state().getData().get("kind"));
        if (index >= kinds.size()) {
            return quote(ctx, option);
        }
        ctx.state().setStep(PHOTO);
        return Reply.text("请拍照发来:" + kinds.get(index).label() + (kinds.size() > 1 ? "(第" + (index + 1) + "项,共"
                + kinds.size() + "项)" : "") + "。\n可以发几张,发完回复 好了。");
    }

    Reply photo(DialogContext ctx, UserInput input) {
        Map<String, String> data = ctx.state().getData();
        AllowanceClaims.Option option = option(ctx);
        EvidenceKind kind = option.photos().get(Integer.parseInt(data.get("kind")));
        if (input.kind() == UserInput.Kind.IMAGE && input.mediaId() != null) {
            return PhotoCollection.collect(data, kind, photos.keep(ctx, kind, input.mediaId()));
        }
        if (PhotoCollection.done(input.text())) {
            if (!data.get(PhotoCollection.KEY).contains(kind.name() + ":")) {
                return Reply.text("还没收到" + kind.label() + "的照片。点输入框旁的 + 号,选 照片 发过来。");
            }
            data.put("kind", String.valueOf(Integer.parseInt(data.get("kind")) + 1));
            return askPhoto(ctx, option);
        }
        return Reply.text("请发" + kind.label() + "的照片:点输入框旁的 + 号,选 照片。发完回复 好了。");
    }

    private Reply quote(DialogContext ctx, AllowanceClaims.Option option) {
        Long cost = ctx.state().getData().containsKey(COST) ? Long.parseLong(ctx.state().getData().get(COST)) : null;
        AllowanceClaims.Quote quote = claims.quote(option, cost);
        ctx.state().setStep(CONFIRM);
        return Reply.text("按规定您可以领 " + AllowanceRules.yuan(quote.amountFen()) + "。" + quote.explanation()
                + "\n1. 提交申请\n2. 先不提交");
    }

    Reply confirm(DialogContext ctx, UserInput input) {
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
        List<Photo> fetched = photos.fetch(ctx, data.get(PhotoCollection.KEY)).orElse(null);
        if (fetched == null) {
            data.put(PhotoCollection.KEY, "");
            data.put("kind", "0");
            return Reply.text("照片没能取到(可能网络不好或已过期),请重新发一次。\n" + askPhoto(ctx, option(ctx)).text());
        }
        Long cost = data.containsKey(COST) ? Long.parseLong(data.get(COST)) : null;
        AllowanceClaim claim = claims.submit(Long.parseLong(data.get("worker")), Long.parseLong(data.get("policy")),
                data.containsKey(AREA) ? WorkArea.valueOf(data.get(AREA)) : null, cost, fetched);
        ctx.exit();
        String submitted = "已提交,申请编号 " + claim.getId() + ",金额 " + AllowanceRules.yuan(claim.getAmountFen()) + "。\n";
        if (claim.getStatus() == ClaimStatus.AWAITING_LIST) {
            return Reply.text(submitted + AllowanceClaims.WAIT + "核对上了会告诉您。");
        }
        return Reply.text(submitted + "乡镇社会保障站初审、县里审核,通过后公示几天,无异议就发放。每一步都会告诉您,也可以回复 我的补贴 查看。");
    }

    private AllowanceClaims.Option option(DialogContext ctx) {
        Map<String, String> data = ctx.state().getData();
        AllowanceClaims.Option option = claims.option(Long.parseLong(data.get("worker")), Long.parseLong(data.get("policy")));
        return data.containsKey(AREA) && option.asksArea() ? option.in(WorkArea.valueOf(data.get(AREA))) : option;
    }
}
