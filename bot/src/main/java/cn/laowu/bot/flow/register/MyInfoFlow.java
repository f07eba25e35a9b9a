package cn.laowu.bot.flow.register;

import cn.laowu.core.worker.WorkerSelfCorrections;
import cn.laowu.bot.understanding.Slots;
import cn.laowu.bot.understanding.Utterance;
import cn.laowu.core.privacy.Masking;
import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.StepFlow;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * 我的信息: the worker's own card, masked as everywhere else, and the corrections they may make
 * themselves: phone, skills, and what work they want. Name, ID number and home village are
 * identity: those are corrected at the township office, with the ID card in hand.
 */
@Component
public class MyInfoFlow extends StepFlow {

    private static final String WORKER = "worker";

    private final WorkerLookup lookup;
    private final WorkerSelfCorrections corrections;
    private final WorkerService workers;

    private static final String NEW_PHONE = "newPhone";
    private static final java.util.regex.Pattern PHONE_WORDS = java.util.regex.Pattern.compile("手机|电话|号码|号");
    private static final java.util.regex.Pattern CHANGE_WORDS = java.util.regex.Pattern.compile("换|改|变|新|不用|停");

    public MyInfoFlow(WorkerLookup lookup, WorkerService workers, WorkerSelfCorrections corrections) {
        this.corrections = corrections;
        this.lookup = lookup;
        this.workers = workers;
    }

    @Override
    public AnswerShape expects(DialogContext ctx) {
        return switch (String.valueOf(ctx.state().getStep())) {
            case "pick", "confirmPhone" -> AnswerShape.CHOICE;
            case "phone" -> AnswerShape.PHONE;
            case "wage" -> AnswerShape.AMOUNT;
            default -> AnswerShape.FREE;
        };
    }

    @Override
    public String id() {
        return "my_info";
    }

    @Override
    public Reply start(DialogContext ctx) {
        Worker worker = lookup.of(ctx).orElse(null);
        if (worker == null) {
            ctx.exit();
            return Reply.text("您还没有实名登记。回复 实名登记 开始,只要一两分钟。");
        }
        super.start(ctx);
        ctx.state().getData().put(WORKER, String.valueOf(worker.getId()));
        return Reply.text(card(worker) + "\n\n" + choices());
    }

    /**
     * "新号是13912345678 旧的不用了": the number is offered for confirmation; "手机号换了" asks for it
     * at once. Anything else opens the card.
     */
    @Override
    public Reply start(DialogContext ctx, Utterance said) {
        Reply card = start(ctx);
        if (!id().equals(ctx.state().getFlow())) {
            return card; // not registered
        }
        Optional<String> phone = said.slots().get(Slots.PHONE);
        if (phone.isPresent()) {
            ctx.state().getData().put(NEW_PHONE, phone.get());
            ctx.state().setStep("confirmPhone");
            return repeat(ctx);
        }
        String text = said.text() == null ? "" : said.text();
        if (PHONE_WORDS.matcher(text).find() && CHANGE_WORDS.matcher(text).find()) {
            ctx.state().setStep("phone");
            return repeat(ctx);
        }
        return card;
    }

    private Outcome confirmPhone(DialogContext ctx, UserInput input) {
        OptionalInt choice = ChoiceParser.parse(input.text());
        String said = input.text() == null ? "" : input.text().strip();
        if ((choice.isPresent() && choice.getAsInt() == 1) || said.equals("是") || said.equals("对") || said.equals("好")) {
            return done(correct(ctx, ctx.state().getData().get(NEW_PHONE), null));
        }
        if ((choice.isPresent() && choice.getAsInt() == 2) || said.startsWith("不")) {
            return done(Reply.text("好的,没有改。回复 我的信息 看看登记的信息。"));
        }
        return retry("请回复 1 或 2。");
    }

    @Override
    protected List<Step> steps() {
        return List.of(
                new Step("pick", c -> choices(), this::pick),
                new Step("phone", c -> "请输入新的手机号(11位):", this::phone),
                // Reached only from a first sentence that named the new number; always ends the flow.
                new Step("confirmPhone", c -> "把手机号改成 " + Masking.phone(c.state().getData().get(NEW_PHONE))
                        + " 吗?\n回复 1 是,回复 2 不改。", this::confirmPhone),
                new Step("skills", c -> "您会什么手艺?比如 电焊、开叉车、做饭、缝纫:", this::skills),
                new Step("area", c -> Wishes.AREA_PROMPT, Wishes::area),
                new Step("wish", c -> Wishes.WISH_PROMPT, Wishes::wish),
                new Step("wage", c -> Wishes.WAGE_PROMPT, Wishes::wage));
    }

    @Override
    public String task() {
        return "修改";
    }

    private static String choices() {
        return "要改信息请回复:\n1. 改手机号\n2. 改技能特长\n3. 改想做的工作\n不改回复 取消。"
                + "\n姓名、身份证、户口有误,请带身份证到乡镇社会保障站更正。";
    }

    private Outcome pick(DialogContext ctx, UserInput input) {
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (choice.isEmpty() || choice.getAsInt() > 3) {
            return retry("请回复 1、2 或 3。");
        }
        return goTo(new String[]{"phone", "skills", "area"}[choice.getAsInt() - 1]);
    }

    private Outcome phone(DialogContext ctx, UserInput input) {
        String phone = WorkerService.normalisePhone(input.text());
        if (!phone.matches("1\\d{10}")) {
            return retry("手机号是11位数字,以1开头,您输入了" + phone.length() + "位数字。");
        }
        return done(correct(ctx, phone, null));
    }

    private Outcome skills(DialogContext ctx, UserInput input) {
        String skills = input.text().strip();
        if (skills.isEmpty() || skills.length() > 100) {
            return retry("简单说几样就行,100个字以内。");
        }
        return done(correct(ctx, null, skills));
    }

    /** After the wished-for work: area, wish and (unless said with the wish) wage answered. */
    @Override
    protected Reply finish(DialogContext ctx) {
        Wishes.save(workers, workerId(ctx), ctx.state().getData());
        return Reply.text("改好了。回复 找工作 看看合适的岗位,回复 我的信息 再看一遍。");
    }

    private Reply correct(DialogContext ctx, String phone, String skills) {
        try {
            corrections.correctByWorker(workerId(ctx), phone, skills);
        } catch (RuleViolation e) {
            return Reply.text("没有改成:" + e.getMessage() + "\n回复 我的信息 再试。");
        }
        return Reply.text("改好了。回复 我的信息 再看一遍。");
    }

    private static long workerId(DialogContext ctx) {
        return Long.parseLong(ctx.state().getData().get(WORKER));
    }

    private static String card(Worker w) {
        return "您的登记信息:\n姓名:" + w.getName() + "\n身份证:" + w.getIdNumberMasked() + "\n手机:"
                + (w.getPhoneMasked() == null ? "未填" : w.getPhoneMasked()) + "\n建档立卡:"
                + (Boolean.TRUE.equals(w.getPovertyRegistered()) ? "是" : "否") + "\n就业状态:"
                + w.getEmploymentStatus().label()
                + (w.getEmployer() == null ? "" : "\n工作单位:" + w.getEmployer())
                + (w.getSkills() == null ? "" : "\n技能:" + w.getSkills())
                + (w.getIntendedArea() == null ? "" : "\n想去:" + w.getIntendedArea().label())
                + (w.getIntendedIndustry() == null ? "" : "\n想做:" + w.getIntendedIndustry())
                + (w.getExpectedWageFen() == null ? "" : "\n期望月薪:" + w.getExpectedWageFen() / 100 + "元");
    }
}
