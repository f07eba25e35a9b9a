package cn.laowu.bot.flow.policy;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Pager;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalInt;

/**
 * 政策咨询: a numbered list of topics (paged); the worker picks a number or just asks in their
 * own words, gets a short answer, and can ask again without leaving.
 */
@Component
public class PolicyFlow implements Flow {

    private static final String AGAIN = "\n\n回复其他序号或直接提问,回复 返回 看列表,回复 菜单 回主菜单。";

    private final PolicyKnowledge knowledge;

    public PolicyFlow(PolicyKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * Any question is looked up here: its topics cover wages, injuries and agencies too ("工伤了怎么办" is
     * answered, not asked about); a bare command (找工作, 人工) is still confirmed by the engine.
     */
    @Override
    public AnswerShape expects(DialogContext ctx) {
        return AnswerShape.FREE;
    }

    @Override
    public String id() {
        return "policy";
    }

    @Override
    public Reply start(DialogContext ctx) {
        ctx.enter(id(), "list");
        return list(ctx);
    }

    /** A question that named a topic ("农民工医保在外地能用不") is answered at once, not with the list. */
    @Override
    public Reply start(DialogContext ctx, String text) {
        ctx.enter(id(), "list");
        return text == null ? list(ctx) : knowledge.find(text).map(topic -> answer(ctx, topic)).orElseGet(() -> list(ctx));
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        if (!input.isText()) {
            return Reply.text("请回复序号,或直接打字、说出您想问的政策。\n" + list(ctx).text());
        }
        List<PolicyKnowledge.Topic> topics = knowledge.topics();
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (choice.isPresent()) {
            if (choice.getAsInt() > topics.size()) {
                return Reply.text("没有第" + choice.getAsInt() + "项,请回复 1 到 " + topics.size() + " 之间的数字。");
            }
            return answer(ctx, topics.get(choice.getAsInt() - 1));
        }
        return knowledge.find(input.text())
                .map(topic -> answer(ctx, topic))
                .orElseGet(() -> Reply.text("这个问题暂时答不上来,可拨打 12333 咨询,或到乡镇社会保障站问问。\n\n"
                        + list(ctx).text()));
    }

    @Override
    public Reply back(DialogContext ctx) {
        if ("answer".equals(ctx.state().getStep())) {
            ctx.state().setStep("list");
            return list(ctx);
        }
        return null;
    }

    @Override
    public Reply page(DialogContext ctx, int delta) {
        int pages = Pager.pages(knowledge.topics().size());
        int page = ctx.state().getPage() + delta;
        if (page < 0 || page >= pages) {
            return Reply.text((delta > 0 ? "已经是最后一页了。" : "已经是第一页了。") + "\n" + list(ctx).text());
        }
        ctx.state().setPage(page);
        ctx.state().setStep("list");
        return list(ctx);
    }

    private Reply answer(DialogContext ctx, PolicyKnowledge.Topic topic) {
        ctx.state().setStep("answer");
        return Reply.text(PolicyKnowledge.render(topic) + AGAIN);
    }

    private Reply list(DialogContext ctx) {
        List<String> titles = knowledge.topics().stream().map(PolicyKnowledge.Topic::title).toList();
        return Reply.text(Pager.render("政策咨询,请回复序号:", titles, ctx.state().getPage(),
                "也可以直接问,比如\"路费怎么报\"。"));
    }
}
