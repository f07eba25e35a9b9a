package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.understanding.Utterance;
import org.springframework.stereotype.Component;

import java.util.OptionalInt;
import java.util.Set;

/**
 * 投诉 from the menu by a worker whose case is still open: 1. 查看我的投诉 or 2. 投诉新的事, so
 * checking on a case does not file a second one.
 */
@Component
class OpenCaseChoice implements Flow {

    static final String ID = "complaint_or_case";
    /** What the menu or a bare command says: no story in it, nothing a new case could start from. */
    private static final Set<String> BARE = Set.of("", "投诉", "维权", "举报", "投诉维权", "我要投诉", "我要维权");

    private final ComplaintFlow complaint;
    private final MyComplaintsFlow mine;

    OpenCaseChoice(ComplaintFlow complaint, MyComplaintsFlow mine) {
        this.complaint = complaint;
        this.mine = mine;
    }

    static boolean bare(String text) {
        String word = TextNormaliser.compact(text == null ? "" : text);
        return BARE.contains(word) || ChoiceParser.parse(word).isPresent();
    }

    static Reply offer(DialogContext ctx, long open) {
        ctx.enter(ID, "pick");
        return Reply.text("您有" + open + "件投诉还在办。\n1. 查看我的投诉(进度、补充情况或照片)\n2. 投诉新的事");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reply start(DialogContext ctx) {
        return complaint.startNew(ctx, Utterance.of(""));
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        String word = TextNormaliser.compact(input.text() == null ? "" : input.text());
        OptionalInt choice = ChoiceParser.parse(word);
        if (choice.isPresent() && choice.getAsInt() == 1 || word.contains("查看") || word.contains("进度")
                || word.contains("我的")) {
            return mine.start(ctx);
        }
        if (choice.isPresent() && choice.getAsInt() == 2 || word.contains("新")) {
            return complaint.startNew(ctx, Utterance.of(""));
        }
        if (word.length() < 12) {
            return Reply.text("请回复 1 查看我的投诉,或回复 2 投诉新的事。");
        }
        // A sentence is the new complaint itself.
        return complaint.startNew(ctx, Utterance.of(input.text()));
    }
}
