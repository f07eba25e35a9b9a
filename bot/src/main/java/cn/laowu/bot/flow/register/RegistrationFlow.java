package cn.laowu.bot.flow.register;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.StepFlow;
import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerAlreadyRegistered;
import cn.laowu.core.worker.WorkerService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * 实名登记 in chat: name, ID number (a concrete hint for each mistake), phone, home village (typed
 * by name, picked by number when several match), 建档立卡, and what work is wanted. Age and sex come
 * from the ID number. An ID already in the archive binds to that card (one person, one record)
 * only when the name matches and the worker also gives the phone on the card ({@link CardClaims}:
 * tries limited, the accounts already bound are told); a card with no phone is bound at the
 * township office. A flow that sent the worker here ({@link DialogContext#detour}) carries
 * on at once when registration is done.
 */
@Component
public class RegistrationFlow extends StepFlow {

    public static final String ID = "register";

    private static final String NOTICE = "notice";
    private static final String CLAIMED = "claimed";
    static final String OFFICE = "请带身份证到乡镇社会保障站办理。";

    private final WorkerService workers;
    private final RegionService regions;
    private final WorkerLookup lookup;
    private final List<RegistrationCheck> checks;
    private final CardClaims claims;

    public RegistrationFlow(WorkerService workers, RegionService regions, WorkerLookup lookup,
                            List<RegistrationCheck> checks, CardClaims claims) {
        this.workers = workers;
        this.regions = regions;
        this.lookup = lookup;
        this.checks = checks;
        this.claims = claims;
    }

    @Override
    public AnswerShape expects(DialogContext ctx) {
        return switch (String.valueOf(ctx.state().getStep())) {
            case "name" -> AnswerShape.NAME;
            case "id" -> AnswerShape.ID_NUMBER;
            case "prove", "phone" -> AnswerShape.PHONE;
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
                new Step("prove", c -> "这个身份证号已经登记过。为了确认是您本人,请输入登记时留的手机号(11位):",
                        this::prove),
                new Step("phone", c -> notice(c) + "第3步:请输入您的手机号(11位),方便工作人员联系您:", this::phone),
                new Step("village", this::villagePrompt, this::village),
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
            if (!existing.getName().equals(ctx.state().getData().get("name"))) {
                return done(Reply.text("这个身份证号已经登记过,但姓名对不上。请带身份证到乡镇社会保障站核对。"));
            }
            if (existing.getPhoneHash() == null) {
                return done(Reply.text("这个身份证号已经登记过,但没有留手机号,没法在微信上核对是您本人。" + OFFICE));
            }
            if (claims.locked(existing.getId())) {
                return done(Reply.text(lockedText()));
            }
            ctx.state().getData().put(CLAIMED, String.valueOf(existing.getId()));
            return goTo("prove");
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

    /** The phone on the card, from someone who knows its name and ID number. */
    private Outcome prove(DialogContext ctx, UserInput input) {
        Worker claimed = workers.find(Long.parseLong(ctx.state().getData().get(CLAIMED))).orElse(null);
        if (claimed == null || claimed.getPhoneHash() == null) {
            return done(Reply.text("这张登记卡没法在微信上核对。" + OFFICE));
        }
        String phone = WorkerService.normalisePhone(input.text());
        if (!phone.matches("1\\d{10}")) {
            return retry("手机号是11位数字,以1开头,您输入了" + phone.length() + "位数字。");
        }
        if (claims.locked(claimed.getId())) {
            return done(Reply.text(lockedText()));
        }
        if (workers.phoneMatches(claimed, phone)) {
            claims.bind(ctx, claimed);
            return done(Reply.text("核对无误,您之前已经登记过,已经为您关联好了。" + carryOn(ctx)));
        }
        int left = claims.wrongPhone(claimed.getId());
        if (left == 0) {
            claims.tellOfLock(claimed);
            return done(Reply.text(lockedText()));
        }
        return retry("手机号和登记的对不上,今天还能再试" + left + "次。换了手机号的," + OFFICE);
    }

    private static String lockedText() {
        return "这张登记卡今天核对手机号错的次数太多,为了保护登记人的信息,今天不能再试了。明天再试,或者" + OFFICE;
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

    private String villagePrompt(DialogContext ctx) {
        String choices = ctx.state().getData().get("villageChoices");
        if (choices == null) {
            return "第4步:您的户口在哪个村?请直接打村名,比如 德夯村;想不起村名可以先打乡镇名。";
        }
        StringBuilder out = new StringBuilder("第4步:是哪一个?回复序号:");
        String[] entries = choices.split(";");
        for (int i = 0; i < entries.length; i++) {
            out.append('\n').append(i + 1).append(". ").append(entries[i].split("=", 2)[1]);
        }
        return out.append("\n都不是就重新打村名。").toString();
    }

    private Outcome village(DialogContext ctx, UserInput input) {
        Map<String, String> data = ctx.state().getData();
        String choices = data.get("villageChoices");
        OptionalInt choice = ChoiceParser.parse(input.text());
        if (choices != null && choice.isPresent()) {
            String[] entries = choices.split(";");
            if (choice.getAsInt() > entries.length) {
                return retry("没有第" + choice.getAsInt() + "个。");
            }
            data.put("village", entries[choice.getAsInt() - 1].split("=", 2)[0]);
            data.remove("villageChoices");
            return next();
        }
        String text = TextNormaliser.compact(input.text());
        if (text.length() < 2) {
            data.remove("villageChoices");
            return retry("请打村名,至少两个字。");
        }
        List<Region> villages = candidates(ctx, text);
        if (villages.isEmpty()) {
            data.remove("villageChoices");
            return retry("没有找到「" + text + "」。请打村名或乡镇名的全称,比如 德夯村 或 矮寨镇。");
        }
        if (villages.size() == 1) {
            data.put("village", villages.get(0).getCode());
            data.remove("villageChoices");
            return next();
        }
        List<String> entries = new ArrayList<>();
        for (Region village : villages.subList(0, Math.min(8, villages.size()))) {
            entries.add(village.getCode() + "=" + label(village));
        }
        data.put("villageChoices", String.join(";", entries));
        return retry("找到几个地方。");
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
            worker = workers.register(new NewWorker(data.get("name"), ChineseIdNumber.parse(data.get("id")),
                    data.get("phone"), data.get("village"), Boolean.parseBoolean(data.get("poverty"))));
        } catch (WorkerAlreadyRegistered e) {
            return Reply.text("这个身份证号刚刚已经登记过了。请回复 实名登记 重新核对。");
        } catch (RuleViolation e) {
            return Reply.text("没有登记成功:" + e.getMessage() + "\n回复 实名登记 重新开始。");
        }
        Wishes.save(workers, worker.getId(), data);
        lookup.bind(ctx, worker.getId());
        return Reply.text("登记好了!" + worker.getName() + ",您的信息已录入劳动力资源库。" + carryOn(ctx));
    }

    /** Back to what registration interrupted (an application, say), or a hint at the next thing to do. */
    private static String carryOn(DialogContext ctx) {
        if (ctx.onDetour()) {
            ctx.completeDetour();
            return "";
        }
        return "\n回复 找工作 看看适合您的岗位。";
    }

    private List<Region> candidates(DialogContext ctx, String text) {
        List<Region> found = new ArrayList<>();
        for (Region scope : scopes(ctx)) {
            found.addAll(regions.searchByName(scope, text, 20));
        }
        List<Region> villages = found.stream().filter(r -> r.getLevel() == RegionLevel.VILLAGE).toList();
        if (!villages.isEmpty()) {
            return villages;
        }
        return found.stream().filter(r -> r.getLevel() == RegionLevel.TOWNSHIP).findFirst()
                .map(township -> regions.children(township.getCode())).orElse(List.of());
    }

    /** The account's own region; an account without one searches every top-level region. */
    private List<Region> scopes(DialogContext ctx) {
        return regions.find(ctx.regionCode()).map(List::of).orElseGet(regions::topLevel);
    }

    private String label(Region village) {
        return regions.find(village.getParentCode()).map(p -> p.getName() + " " + village.getName())
                .orElse(village.getName());
    }
}
