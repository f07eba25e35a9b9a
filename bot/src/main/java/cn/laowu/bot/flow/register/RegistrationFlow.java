package cn.laowu.bot.flow.register;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.StepFlow;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerAlreadyRegistered;
import cn.laowu.core.worker.WorkerService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * 实名登记 in chat: name, ID number (a concrete hint for each mistake), phone, home village (typed
 * by name, picked by number when several match: {@link VillagePicker}), 建档立卡, and what work is
 * wanted ({@link Wishes}). Age and sex come from the ID number. An ID already in the archive binds to
 * that card (one person, one record) only when the name matches and the worker also gives the phone
 * on the card ({@link CardProof}: tries limited, the accounts already bound are told); a card with no
 * phone is bound at the township office. A flow that sent the worker here ({@link DialogContext#detour}) carries
 * on at once when registration is done.
 */
@Component
public class RegistrationFlow extends StepFlow {

    public static final String ID = "register";

    private static final String NOTICE = "notice";

    private final WorkerService workers;
    private final WorkerLookup lookup;
    private final List<RegistrationCheck> checks;
    private final CardProof proof;
    private final VillagePicker villages;
    private final TransactionTemplate transactions;

    RegistrationFlow(WorkerService workers, WorkerLookup lookup, List<RegistrationCheck> checks, CardProof proof,
                     VillagePicker villages, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.workers = workers;
        this.lookup = lookup;
        this.checks = checks;
        this.proof = proof;
        this.villages = villages;
    }

    @Override
    public AnswerShape expects(DialogContext ctx) {
        return switch (String.valueOf(ctx.state().getStep())) {
            case "name" -> AnswerShape.NAME;
            case "id" -> AnswerShape.ID_NUMBER;
            case CardProof.STEP, "phone" -> AnswerShape.PHONE;
            case "village" -> AnswerShape.PLACE;
            case "poverty" -> AnswerShape.CHOICE;
            case "wage" -> AnswerShape.AMOUNT;
            default -> AnswerShape.FREE;
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reply start(DialogContext ctx) {
        if (lookup.of(ctx).isPresent()) {
            ctx.exit();
            return Reply.text("您已经实名登记过了。回复 我的信息 查看,回复 找工作 看岗位。");
        }
        return super.start(ctx);
    }

    @Override
    protected List<Step> steps() {
        return List.of(
                new Step("name", c -> "实名登记(共7步,随时回复 取消 退出)。\n第1步:请输入您的姓名,和身份证上一样:",
                        this::name),
                new Step("id", c -> "第2步:请输入您的18位身份证号码:", this::idNumber),
                // Reached only by goTo from "id", and always ends the flow: never a step of a new card.
                new Step(CardProof.STEP, c -> "这个身份证号已经登记过。为了确认是您本人,请输入登记时留的手机号(11位):",
                        proof::prove),
                new Step("phone", c -> notice(c) + "第3步:请输入您的手机号(11位),方便工作人员联系您:", this::phone),
                new Step("village", villages::prompt, villages::accept),
                new Step("poverty", c -> "第5步:您家是建档立卡户吗?\n回复 1 是\n回复 2 不是", this::poverty),
                new Step("area", c -> "第6步:" + Wishes.AREA_PROMPT, Wishes::area),
                new Step("wish", c -> "第7步:" + Wishes.WISH_PROMPT, Wishes::wish),
                new Step("wage", c -> "最后一问:" + Wishes.WAGE_PROMPT, Wishes::wage));
    }

    @Override
    public String task() {
        return "登记";
    }

    private Outcome name(DialogContext ctx, UserInput input) {
        String name = input.text().strip().replaceAll("\\s+", "");
        if (!name.matches("[\\p{IsHan}·A-Za-z]{2,20}")) {
            return retry("姓名写2到20个汉字就行,不要带数字和符号。");
        }
        ctx.state().getData().put("name", name);
        return next();
    }

    private Outcome idNumber(DialogContext ctx, UserInput input) {
        ChineseIdNumber id;
        try {
            id = ChineseIdNumber.parse(input.text());
        } catch (ChineseIdNumber.InvalidIdNumber e) {
            return retry(e.hint());
        }
        Worker existing = workers.findByIdNumber(id.value()).orElse(null);
        if (existing != null) {
            return proof.claim(ctx, existing);
        }
        ctx.state().getData().put("id", id.value());
        refusal(ctx, id).ifPresent(why -> {
            // What the worker came for cannot happen: say so now, drop the way back, keep the card going.
            ctx.state().setThenFlow(null);
            ctx.state().setThenArgument(null);
            ctx.state().getData().put(NOTICE, why + "按身份证,您报不了这个岗位。\n登记可以继续,登记好后回复 找工作 看其他岗位;"
                    + "不想登记了回复 取消。\n");
        });
        return goTo("phone");
    }

    private Optional<String> refusal(DialogContext ctx, ChineseIdNumber id) {
        String flow = ctx.state().getThenFlow();
        return checks.stream().filter(check -> check.flow().equals(flow))
                .map(check -> check.refuse(ctx.state().getThenArgument(), id))
                .flatMap(Optional::stream).findFirst();
    }

    /** Said once, before the next question. */
    private static String notice(DialogContext ctx) {
        String notice = ctx.state().getData().remove(NOTICE);
        return notice == null ? "" : notice;
    }

    private Outcome phone(DialogContext ctx, UserInput input) {
        String phone = WorkerService.normalisePhone(input.text());
        if (!phone.matches("1\\d{10}")) {
            return retry("手机号是11位数字,以1开头,您输入了" + phone.length() + "位数字。");
        }
        ctx.state().getData().put("phone", phone);
        return next();
    }

    private Outcome poverty(DialogContext ctx, UserInput input) {
        OptionalInt choice = ChoiceParser.parse(input.text());
        String text = TextNormaliser.compact(input.text());
        if (choice.isPresent() && choice.getAsInt() <= 2) {
            ctx.state().getData().put("poverty", String.valueOf(choice.getAsInt() == 1));
        } else if (text.equals("是") || text.equals("是的")) {
            ctx.state().getData().put("poverty", "true");
        } else if (text.startsWith("不") || text.equals("否")) {
            ctx.state().getData().put("poverty", "false");
        } else {
            return retry("请回复 1 或 2。");
        }
        return next();
    }

    @Override
    protected Reply finish(DialogContext ctx) {
        Map<String, String> data = ctx.state().getData();
        Worker worker;
        try {
            // The card and the binding together: an instance killed between them left a card nobody held.
            worker = transactions.execute(status -> {
                Worker card = workers.register(new NewWorker(data.get("name"), ChineseIdNumber.parse(data.get("id")),
                        data.get("phone"), data.get("village"), Boolean.parseBoolean(data.get("poverty"))));
                Wishes.save(workers, card.getId(), data);
                lookup.bind(ctx, card.getId());
                return card;
            });
        } catch (WorkerAlreadyRegistered e) {
            // This step run again (WeChat's retry after an instance died past the commit): the card is this follower's.
            Optional<Worker> mine = lookup.of(ctx).filter(held -> workers.findByIdNumber(data.get("id"))
                    .filter(card -> card.getId().equals(held.getId())).isPresent());
            if (mine.isEmpty()) {
                return Reply.text("这个身份证号刚刚已经登记过了。请回复 实名登记 重新核对。");
            }
            worker = mine.get();
        } catch (RuleViolation e) {
            return Reply.text("没有登记成功:" + e.getMessage() + "\n回复 实名登记 重新开始。");
        }
        return Reply.text("登记好了!" + worker.getName() + ",您的信息已录入劳动力资源库。" + carryOn(ctx));
    }

    /** Back to what registration interrupted (an application, say), or a hint at the next thing to do. */
    static String carryOn(DialogContext ctx) {
        if (ctx.onDetour()) {
            ctx.completeDetour();
            return "";
        }
        return "\n回复 找工作 看看适合您的岗位。";
    }
}
