package cn.laowu.bot.flow.allowance;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.allowance.AllowanceRules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fare said in words or as a sum ("火车票二百八加汽车票三十五"): added up and read back for the
 * worker to confirm (火车票280元 + 汽车票35元 = 315元,对吗?) rather than refused or guessed.
 */
final class FareSum {

    static final String STEP = "cost_sum";
    private static final Set<String> YES = Set.of("1", "对", "对的", "是", "是的", "没错", "嗯", "好", "确认");
    private static final Set<String> NO = Set.of("2", "不对", "不是", "错了", "算错了");

    private FareSum() {
    }

    /** The question, with the total kept until the worker says yes; empty when the words hold no amount. */
    static Optional<Reply> ask(DialogContext ctx, String text) {
        List<FareParser.Part> parts = FareParser.parts(text);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        long total = parts.stream().mapToLong(FareParser.Part::fen).sum();
        if (total < 100 || total > 1_000_000) {
            return Optional.of(Reply.text("车费要在1元到1万元之间,请按票据填写,比如 260。"));
        }
        String sum = parts.size() == 1 ? "" : parts.stream()
                .map(p -> p.what() + AllowanceRules.yuan(p.fen())).collect(Collectors.joining(" + ")) + " = ";
        ctx.state().getData().put("cost_sum", String.valueOf(total));
        ctx.state().setStep(STEP);
        return Optional.of(Reply.text("车费 " + sum + AllowanceRules.yuan(total) + ",对吗?\n回复 1 对,回复 2 不对重新写。"));
    }

    enum Answer { YES, NO, OTHER }

    /** Yes: the total becomes the fare; no: asked again; anything else is read as the fare itself. */
    static Answer answer(DialogContext ctx, UserInput input) {
        String total = ctx.state().getData().remove("cost_sum");
        ctx.state().setStep("cost");
        String said = TextNormaliser.compact(input.text());
        if (total != null && YES.contains(said)) {
            ctx.state().getData().put("cost", total);
            return Answer.YES;
        }
        return NO.contains(said) ? Answer.NO : Answer.OTHER;
    }
}
