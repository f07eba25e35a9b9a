package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.DialogState;
import cn.laowu.bot.dialog.DurableFlow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.bot.understanding.Slots;
import cn.laowu.bot.understanding.Utterance;
import cn.laowu.core.complaint.ComplaintEvidence;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.complaint.ComplaintFiling.Complainant;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.Urgency;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * 投诉维权: a guided dialog that asks only what the first sentence did not already say
 * ({@link ComplaintQuestions}), takes photos as they come, and files the case (in MySQL) with a case
 * number and the first-answer deadline in plain words ({@link ComplaintSubmission}). A worker not
 * yet registered files with a name and a phone. Every answer is also kept in MySQL
 * ({@link ComplaintDraftKeeper}): while Redis is away the dialog carries on from there, and the case
 * is filed all the same, once.
 */
@Component
public class ComplaintFlow implements DurableFlow {

    static final String ID = "complaint";
    private static final int FIRST_SENTENCE_AS_STORY = 12;

    private final ComplaintFiling filing;
    private final WorkerLookup lookup;
    private final PhotoKeeper photos;
    private final ComplaintQuestions questions;
    private final ComplaintDraftKeeper drafts;
    private final ComplaintSubmission submission;

    ComplaintFlow(ComplaintFiling filing, WorkerLookup lookup, PhotoKeeper photos, ComplaintQuestions questions,
                  ComplaintDraftKeeper drafts, ComplaintSubmission submission) {
        this.filing = filing;
        this.lookup = lookup;
        this.photos = photos;
        this.questions = questions;
        this.drafts = drafts;
        this.submission = submission;
    }

    /** What each question takes (the employer and the story are free words). */
    @Override
    public AnswerShape expects(DialogContext ctx) {
        return switch (String.valueOf(ctx.state().getStep())) {
            case "kind", ComplaintQuestions.CONFIRM -> AnswerShape.CHOICE;
            case "name" -> AnswerShape.NAME;
            case "phone" -> AnswerShape.PHONE;
            case "home", "place" -> AnswerShape.PLACE;
            case "since" -> AnswerShape.DATE;
            case "amount" -> AnswerShape.AMOUNT;
            case "workers" -> AnswerShape.PEOPLE;
            default -> AnswerShape.FREE;
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reply start(DialogContext ctx) {
        return start(ctx, Utterance.of(""));
    }

    @Override
    public Reply start(DialogContext ctx, Utterance said) {
        if (OpenCaseChoice.bare(said.text())) {
            // From the menu a worker with a case in hand most likely wants to see it: asked, not a second case.
            long open = openCases(ctx);
            if (open > 0) {
                return OpenCaseChoice.offer(ctx, open);
            }
        }
        return startNew(ctx, said);
    }

    /** A new complaint, whatever is open already (the worker chose 投诉新的事). */
    Reply startNew(DialogContext ctx, Utterance said) {
        ctx.enter(ID, null);
        Map<String, String> data = ctx.state().getData();
        Slots slots = said.slots();
        slots.get(Slots.KIND).flatMap(ComplaintKind::ofSlot).ifPresent(k -> data.put("kind", k.name()));
        // 工地, 厂子, 包工头 say what kind of employer, not which one: still asked for the name.
        slots.get(Slots.EMPLOYER).filter(v -> !ComplaintWords.generic(v)).ifPresent(v -> data.put("employer", v));
        slots.get(Slots.PLACE).ifPresent(v -> data.put("place", v));
        slots.months().ifPresent(m -> data.put("since", "约" + m + "个月"));
        slots.amountYuan().ifPresent(a -> data.put("amount", String.valueOf(a)));
        String text = said.text() == null ? "" : said.text().trim();
        if (slots.get(InjurySlot.NAME).isPresent() && !data.containsKey("kind")) {
            data.put("kind", ComplaintKind.INJURY.name());
        }
        if (text.length() >= FIRST_SENTENCE_AS_STORY) {
            data.put("what", text);
        }
        if (!text.isEmpty()) {
            data.put("first", text);
        }
        OptionalInt people = ComplaintWords.people(text);
        people.ifPresent(n -> data.put("workers", String.valueOf(n)));
        boolean registered = lookup.of(ctx).isPresent();
        data.put("registered", String.valueOf(registered));
        Urgency urgency = Urgency.assess(ComplaintAnswers.kind(data), people.isPresent() ? people.getAsInt() : null, text);
        String opening = urgency.urgent()
                ? "您的情况很要紧,我们会优先处理。\n紧急可以先打:" + String.join("、", urgency.hotlines()) + "\n\n"
                : "我们帮您记下来,每件投诉都有档案、都会答复。随时回复 跳过 略过不知道的问题。\n\n";
        if (!registered) {
            opening += "您还没有实名登记,也可以直接投诉。\n";
        }
        if (text.length() < FIRST_SENTENCE_AS_STORY) {
            // From the menu a worker may only want to see how their case is going: not a second case.
            long open = openCases(ctx);
            if (open > 0 && !OpenCaseChoice.bare(text)) {
                opening = "您有" + open + "件投诉还在办,看进度回复 我的投诉。下面是投诉新的事:\n\n" + opening;
            }
        }
        Reply reply = Reply.text(opening + questions.advance(ctx, null));
        drafts.begin(ctx);
        return reply;
    }

    private long openCases(DialogContext ctx) {
        Worker worker = lookup.of(ctx).orElse(null);
        return filing.mine(new Complainant(ctx.appid(), ctx.openid(), worker == null ? null : worker.getId()))
                .stream().filter(c -> c.getStatus().isOpen()).count();
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        Optional<Reply> settled = drafts.takeUp(ctx);
        if (settled.isPresent()) {
            return settled.get();
        }
        Reply reply = answer(ctx, input);
        drafts.keep(ctx);
        return reply;
    }

    @Override
    public Optional<DialogState> recall(String appid, String openid) {
        return drafts.recall(appid, openid);
    }

    @Override
    public void forget(String appid, String openid) {
        drafts.forget(appid, openid);
    }

    private Reply answer(DialogContext ctx, UserInput input) {
        String step = ctx.state().getStep();
        if (input.kind() == UserInput.Kind.IMAGE) {
            return photo(ctx, input.mediaId(), step);
        }
        if (!input.isText()) {
            return Reply.text("请打字或说话回复。\n" + questions.prompt(ctx, step));
        }
        String text = input.text().trim();
        String error = questions.accept(ctx, step, text);
        if (error != null) {
            return Reply.text(error + "\n" + questions.prompt(ctx, step));
        }
        if (ComplaintQuestions.CONFIRM.equals(step)) {
            return submission.submit(ctx, drafts.draftId(ctx));
        }
        ctx.state().getHistory().add(step);
        return Reply.text(questions.advance(ctx, step));
    }

    @Override
    public String task() {
        return "投诉";
    }

    @Override
    public Reply repeat(DialogContext ctx) {
        return Reply.text(questions.prompt(ctx, ctx.state().getStep()));
    }

    @Override
    public Reply back(DialogContext ctx) {
        List<String> history = ctx.state().getHistory();
        if (history.isEmpty()) {
            return null;
        }
        String previous = history.remove(history.size() - 1);
        ctx.state().setStep(previous);
        drafts.keep(ctx);
        return Reply.text(questions.prompt(ctx, previous));
    }

    /** A photo at any step is evidence, kept at once (WeChat's media expires); the question stands. */
    private Reply photo(DialogContext ctx, String mediaId, String step) {
        Map<String, String> data = ctx.state().getData();
        List<String> ids = new ArrayList<>(Arrays.asList(data.getOrDefault("photos", "").split(",")));
        ids.removeIf(String::isBlank);
        if (ids.size() >= ComplaintEvidence.MAX_PHOTOS) {
            return Reply.text("照片最多" + ComplaintEvidence.MAX_PHOTOS + "张,已经够了。\n" + questions.prompt(ctx, step));
        }
        var kept = photos.keep(ctx.appid(), ctx.openid(), mediaId);
        if (kept.isEmpty()) {
            return Reply.text("这张照片没保存上,请再发一次。");
        }
        ids.add(String.valueOf(kept.get()));
        data.put("photos", String.join(",", ids));
        return Reply.text("收到第" + ids.size() + "张照片。" + ("photos".equals(step)
                ? "还有就接着发,发完回复 好了。" : "\n" + questions.prompt(ctx, step)));
    }
}
