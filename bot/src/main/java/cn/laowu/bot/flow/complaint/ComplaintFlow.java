package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.DialogState;
import cn.laowu.bot.dialog.DurableFlow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.dialog.WageParser;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.bot.understanding.Slots;
import cn.laowu.bot.understanding.Utterance;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.ComplaintDrafts;
import cn.laowu.core.complaint.ComplaintEvidence;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.complaint.ComplaintQueue;
import cn.laowu.core.complaint.ComplaintFiling.Complainant;
import cn.laowu.core.complaint.ComplaintFiling.NewComplaint;
import cn.laowu.core.calendar.OfficeHours;
import cn.laowu.core.complaint.DueText;
import cn.laowu.core.complaint.HandlingOffice;
import cn.laowu.core.complaint.TimeLimits;
import cn.laowu.core.complaint.Urgency;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * 投诉维权: a guided dialog that asks only what the first sentence did not already say, takes
 * photos as they come, and files the case (in MySQL) with a case number and the first-answer
 * deadline in plain words. A worker not yet registered files with a name and a phone.
 * Every answer is also kept in MySQL ({@link ComplaintDrafts}): while Redis is away the dialog
 * carries on from there, and the case is filed all the same, once.
 */
@Component
public class ComplaintFlow implements DurableFlow {

    static final String ID = "complaint";
    private static final Set<String> SKIP = Set.of("跳过", "不知道", "不清楚", "没有", "无", "不记得", "忘了", "算了吧");
    private static final Set<String> DONE = Set.of("好了", "发完了", "完了", "就这些", "没有了", "提交", "1");
    private static final List<String> STEPS = List.of("kind", "name", "phone", "home", "employer", "place", "since", "amount",
            "workers", "what", "photos", "confirm");
    private static final int FIRST_SENTENCE_AS_STORY = 12;
    private static final String DRAFT = "draft";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ComplaintFiling filing;
    private final ComplaintQueue caseQueue;
    private final TimeLimits limits;
    private final WorkerLookup lookup;
    private final PhotoKeeper photos;
    private final HomeFinder homes;
    private final ComplaintDrafts drafts;
    private final WeChatProperties settings;
    private final HandlingOffice offices;
    private final OfficeHours hours;
    private final Clock clock;

    ComplaintFlow(ComplaintFiling filing, ComplaintQueue caseQueue, TimeLimits limits, WorkerLookup lookup, PhotoKeeper photos, HomeFinder homes,
                  ComplaintDrafts drafts, WeChatProperties settings, HandlingOffice offices, OfficeHours hours,
                  Clock clock) {
        this.clock = clock;
        this.offices = offices;
        this.hours = hours;
        this.homes = homes;
        this.drafts = drafts;
        this.settings = settings;
        this.filing = filing;
        this.caseQueue = caseQueue;
        this.limits = limits;
        this.lookup = lookup;
        this.photos = photos;
    }

    /** What each question takes (the employer and the story are free words). */
    @Override
    public AnswerShape expects(DialogContext ctx) {
        return switch (String.valueOf(ctx.state().getStep())) {
            case "kind", "confirm" -> AnswerShape.CHOICE;
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
        Urgency urgency = Urgency.assess(kind(ctx), people.isPresent() ? people.getAsInt() : null, text);
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
        Reply reply = Reply.text(opening + advance(ctx, null));
        data.put(DRAFT, String.valueOf(drafts.begin(ctx.appid(), ctx.openid(), json(ctx.state()))));
        return reply;
    }

    private long openCases(DialogContext ctx) {
        Worker worker = lookup.of(ctx).orElse(null);
        return filing.mine(new Complainant(ctx.appid(), ctx.openid(), worker == null ? null : worker.getId()))
                .stream().filter(c -> c.getStatus().isOpen()).count();
    }

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        Optional<Reply> settled = takeUpDraft(ctx);
        if (settled.isPresent()) {
            return settled.get();
        }
        Reply reply = answer(ctx, input);
        keep(ctx);
        return reply;
    }

    @Override
    public Optional<DialogState> recall(String appid, String openid) {
        return drafts.unfinished(appid, openid, settings.dialogIdleTimeout()).flatMap(kept -> {
            DialogState state = state(kept.state());
            if (state == null) {
                return Optional.empty();
            }
            state.getData().put(DRAFT, String.valueOf(kept.id()));
            return Optional.of(state);
        });
    }

    @Override
    public void forget(String appid, String openid) {
        drafts.forget(appid, openid);
    }

    /**
     * The draft is where the dialog stands: Redis may hold an older state (the worker carried on
     * while it was away) or one already filed from the draft, which then is not filed again.
     */
    private Optional<Reply> takeUpDraft(DialogContext ctx) {
        Map<String, String> data = ctx.state().getData();
        String id = data.get(DRAFT);
        if (id == null) {
            // A dialog begun before its answers were kept: kept from now on.
            data.put(DRAFT, String.valueOf(drafts.begin(ctx.appid(), ctx.openid(), json(ctx.state()))));
            return Optional.empty();
        }
        Optional<ComplaintDrafts.Kept> kept = drafts.get(Long.parseLong(id));
        if (kept.isEmpty()) {
            ctx.exit();
            return Optional.of(Reply.text("上次的投诉没有提交。要投诉请回复 投诉。"));
        }
        if (kept.get().filed()) {
            Complaint c = caseQueue.get(kept.get().complaintId());
            ctx.exit();
            return Optional.of(Reply.text("您的投诉已经提交了,单号 " + c.getCaseNo() + "。\n回复 我的投诉 查看进度、补充情况或照片。"));
        }
        DialogState saved = state(kept.get().state());
        if (saved != null) {
            ctx.state().setStep(saved.getStep());
            ctx.state().setData(saved.getData());
            ctx.state().setHistory(saved.getHistory());
            ctx.state().getData().put(DRAFT, id);
        }
        return Optional.empty();
    }

    /** Writes where the dialog stands to its draft, unless it has just ended. */
    private void keep(DialogContext ctx) {
        String id = ctx.state().getData().get(DRAFT);
        if (ID.equals(ctx.state().getFlow()) && id != null) {
            drafts.keep(Long.parseLong(id), json(ctx.state()));
        }
    }

    private Reply answer(DialogContext ctx, UserInput input) {
        String step = ctx.state().getStep();
        if (input.kind() == UserInput.Kind.IMAGE) {
            return photo(ctx, input.mediaId(), step);
        }
        if (!input.isText()) {
            return Reply.text("请打字或说话回复。\n" + prompt(ctx, step));
        }
        String text = input.text().trim();
        String error = accept(ctx, step, text);
        if (error != null) {
            return Reply.text(error + "\n" + prompt(ctx, step));
        }
        if ("confirm".equals(step)) {
            return submit(ctx);
        }
        ctx.state().getHistory().add(step);
        return Reply.text(advance(ctx, step));
    }

    @Override
    public String task() {
        return "投诉";
    }

    @Override
    public Reply repeat(DialogContext ctx) {
        return Reply.text(prompt(ctx, ctx.state().getStep()));
    }

    @Override
    public Reply back(DialogContext ctx) {
        List<String> history = ctx.state().getHistory();
        if (history.isEmpty()) {
            return null;
        }
        String previous = history.remove(history.size() - 1);
        ctx.state().setStep(previous);
        keep(ctx);
        return Reply.text(prompt(ctx, previous));
    }

    private static String json(DialogState state) {
        DialogState copy = new DialogState();
        copy.setFlow(state.getFlow());
        copy.setStep(state.getStep());
        copy.setData(new java.util.LinkedHashMap<>(state.getData()));
        copy.getData().remove(DRAFT);
        copy.setHistory(state.getHistory());
        return JSON.writeValueAsString(copy);
    }

    /** The kept state, or null when it cannot be read (a change of format): the dialog goes on as Redis has it. */
    private static DialogState state(String json) {
        if (json == null || json.isEmpty()) {
            return null;
        }
        try {
            DialogState state = JSON.readValue(json, DialogState.class);
            return ID.equals(state.getFlow()) ? state : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The next question the worker has not answered yet, after {@code current}. */
    private String advance(DialogContext ctx, String current) {
        int from = current == null ? 0 : STEPS.indexOf(current) + 1;
        for (String step : STEPS.subList(from, STEPS.size())) {
            if (needed(ctx, step)) {
                ctx.state().setStep(step);
                return prompt(ctx, step);
            }
        }
        ctx.state().setStep("confirm");
        return prompt(ctx, "confirm");
    }

    private boolean needed(DialogContext ctx, String step) {
        Map<String, String> data = ctx.state().getData();
        boolean registered = Boolean.parseBoolean(data.get("registered"));
        boolean wage = kind(ctx) == ComplaintKind.WAGE;
        return switch (step) {
            case "name", "phone", "home" -> !registered && !data.containsKey(step);
            case "amount" -> (wage || kind(ctx) == ComplaintKind.AGENCY_FRAUD) && !data.containsKey(step);
            case "workers" -> wage && !data.containsKey(step);
            case "photos" -> !data.containsKey("photosAsked");
            case "confirm" -> true;
            default -> !data.containsKey(step);
        };
    }

    private String prompt(DialogContext ctx, String step) {
        return switch (step) {
            case "kind" -> "您要反映什么问题?回复数字:\n1. 拖欠工资\n2. 工伤\n3. 劳动合同(辞退、社保)\n4. 中介骗钱\n5. 其他";
            case "name" -> "请告诉我您的姓名:";
            case "phone" -> "请留一个手机号,方便工作人员联系您:";
            case "home" -> "您的户口在哪个乡镇?(打乡镇或村名,如 矮寨镇;我们会交给当地社会保障站)";
            case "employer" -> kind(ctx) == ComplaintKind.AGENCY_FRAUD
                    ? "是哪个中介,叫什么名字?(中介公司或介绍人的名字;不知道回复 跳过)"
                    : "是哪个老板或单位,叫什么名字?(如 宏达电子厂、包工头王某某;不知道回复 跳过)";
            case "place" -> "在哪里干活?(如 广东东莞长安镇;不知道回复 跳过)";
            case "since" -> "从什么时候开始的?(如 去年10月、3个月了)";
            case "amount" -> kind(ctx) == ComplaintKind.AGENCY_FRAUD ? "中介一共收了您多少钱?(中介费、押金,如 2000)"
                    : "一共欠您多少钱?(如 12000)";
            case "workers" -> "一起被欠工资的有几个人?(只有您自己就回复 1)";
            case "what" -> "请说说发生了什么(打字或语音都可以):";
            case "photos" -> "有合同、工资条、聊天截图的话,现在就发照片过来(可以发多张)。发完回复 好了,没有回复 跳过。";
            default -> summary(ctx) + "\n\n回复 1 提交;回复 返回 修改上一项;回复 取消 不提交。";
        };
    }

    /** @return an error to show with the question again, or null when the answer was taken */
    private String accept(DialogContext ctx, String step, String text) {
        Map<String, String> data = ctx.state().getData();
        boolean skip = SKIP.contains(text);
        switch (step) {
            case "kind" -> {
                OptionalInt n = ChoiceParser.parse(text);
                if (n.isEmpty() || n.getAsInt() > 5) {
                    return "请回复 1 到 5 的数字。";
                }
                data.put("kind", ComplaintKind.values()[n.getAsInt() - 1].name());
            }
            case "name" -> {
                if (skip || text.isEmpty() || text.length() > 20) {
                    return "投诉需要留姓名(20字以内),工作人员才能联系您。";
                }
                data.put("name", text);
            }
            case "phone" -> {
                String digits = text.replaceAll("[^0-9]", "");
                if (!digits.matches("1\\d{10}")) {
                    return "手机号应为11位数字,以1开头。";
                }
                data.put("phone", digits);
            }
            case "home" -> {
                var township = homes.township(ctx, text);
                if (township.isEmpty()) {
                    return "没有找到「" + (text.length() > 20 ? text.substring(0, 20) : text) + "」,请打乡镇或村名的全称。";
                }
                data.put("home", township.get().getCode());
                data.put("homeName", township.get().getName());
            }
            case "employer" -> {
                if (text.length() > 60) {
                    return "太长了,请在60字以内。";
                }
                // Asked once more for a name; a worker who truly does not know it is not held up.
                if (!skip && ComplaintWords.generic(text) && data.putIfAbsent("employerAsked", "1") == null) {
                    return "「" + text + "」还不够,工作人员要知道是哪一个。";
                }
                data.put(step, skip ? "" : text);
            }
            case "place", "since", "what" -> {
                int max = "what".equals(step) ? 1000 : 60;
                if (text.length() > max) {
                    return "太长了,请在" + max + "字以内。";
                }
                data.put(step, skip ? "" : text);
            }
            case "amount" -> {
                if (skip) {
                    data.put("amount", "");
                } else {
                    var yuan = WageParser.yuan(text);
                    if (yuan.isEmpty() || yuan.getAsLong() <= 0 || yuan.getAsLong() > 100_000_000L) {
                        return "没看懂金额,请回复数字,如 12000;不清楚回复 跳过。";
                    }
                    data.put("amount", String.valueOf(yuan.getAsLong()));
                }
            }
            case "workers" -> {
                if (skip) {
                    data.put("workers", "");
                } else {
                    String digits = text.replaceAll("[^0-9]", "");
                    OptionalInt n = digits.isEmpty() ? ChoiceParser.parse(text) : OptionalInt.of(parseSmall(digits));
                    if (n.isEmpty() || n.getAsInt() < 1 || n.getAsInt() > 100_000) {
                        return "请回复人数,如 1 或 20。";
                    }
                    data.put("workers", String.valueOf(n.getAsInt()));
                }
            }
            case "photos" -> {
                if (!skip && !DONE.contains(text)) {
                    return "请发照片,发完回复 好了;没有照片回复 跳过。";
                }
                data.put("photosAsked", "1");
            }
            case "confirm" -> {
                if (!DONE.contains(text) && !"确认".equals(text)) {
                    return "请回复 1 提交,或 返回 修改。";
                }
            }
            default -> {
                return "请回复 菜单 重新开始。";
            }
        }
        return null;
    }

    private Reply photo(DialogContext ctx, String mediaId, String step) {
        Map<String, String> data = ctx.state().getData();
        List<String> ids = new ArrayList<>(Arrays.asList(data.getOrDefault("photos", "").split(",")));
        ids.removeIf(String::isBlank);
        if (ids.size() >= ComplaintEvidence.MAX_PHOTOS) {
            return Reply.text("照片最多" + ComplaintEvidence.MAX_PHOTOS + "张,已经够了。\n" + prompt(ctx, step));
        }
        var kept = photos.keep(ctx.appid(), ctx.openid(), mediaId);
        if (kept.isEmpty()) {
            return Reply.text("这张照片没保存上,请再发一次。");
        }
        ids.add(String.valueOf(kept.get()));
        data.put("photos", String.join(",", ids));
        return Reply.text("收到第" + ids.size() + "张照片。" + ("photos".equals(step)
                ? "还有就接着发,发完回复 好了。" : "\n" + prompt(ctx, step)));
    }

    private Reply submit(DialogContext ctx) {
        Map<String, String> data = ctx.state().getData();
        Worker worker = lookup.of(ctx).orElse(null);
        Complainant who = new Complainant(ctx.appid(), ctx.openid(), worker == null ? null : worker.getId());
        ComplaintFiling.Filed filed;
        try {
            filed = drafts.file(Long.parseLong(data.get(DRAFT)), who, new NewComplaint(kind(ctx), data.get("name"), data.get("phone"),
                    blank(data.get("employer")), blank(data.get("place")), blank(data.get("since")),
                    number(data.get("amount")), number(data.get("workers")) == null ? null : number(data.get("workers")).intValue(),
                    blank(data.get("what")), photoIds(data), data.getOrDefault("home", ctx.regionCode()))).filed();
        } catch (RuleViolation e) {
            return Reply.text(e.getMessage() + "\n回复 返回 修改,或回复 取消。");
        }
        ctx.exit();
        Complaint c = filed.complaint();
        TimeLimits.Limits limit = limits.of(c.getKind(), c.getUrgent(), c.getOwnerRegionPath());
        StringBuilder out = new StringBuilder("投诉已提交,单号 ").append(c.getCaseNo()).append("。\n");
        Optional<HandlingOffice.Contact> office = offices.of(c);
        if (filed.urgency().urgent()) {
            out.append("您的情况紧急,我们会优先受理。紧急可以打:").append(String.join("、", filed.urgency().hotlines()));
            office.ifPresent(o -> out.append("、").append(o.line()));
            out.append("\n");
            LocalDateTime now = LocalDateTime.now(clock);
            if (!hours.isOpen(now)) {
                out.append("现在是下班时间,工作人员上班后(").append(DueText.of(hours.nextOpen(now)).replace("前", ""))
                        .append(")先办您的事;等不了请打上面的电话。\n");
            }
            out.append("最晚").append(DueText.of(c.getAcceptDue())).append("受理。");
        } else {
            out.append(limit.answerDays()).append("个工作日内会有工作人员联系您(最晚").append(DueText.of(c.getAnswerDue()))
                    .append(")。");
        }
        out.append("有进展会发消息告诉您。\n");
        office.ifPresent(o -> out.append("办理单位:").append(o.line()).append("\n"));
        out.append("回复 我的投诉 查看进度、补充情况或照片。");
        if (worker == null) {
            out.append("\n想让我们更快帮到您,可以回复 登记 实名登记。");
        }
        return Reply.text(out.toString());
    }

    private ComplaintKind kind(DialogContext ctx) {
        String kind = ctx.state().getData().get("kind");
        return kind == null ? null : ComplaintKind.valueOf(kind);
    }

    private String summary(DialogContext ctx) {
        Map<String, String> d = ctx.state().getData();
        StringBuilder s = new StringBuilder("请核对:\n类型:").append(kind(ctx) == null ? "其他" : kind(ctx).label());
        line(s, "姓名", d.get("name"));
        line(s, "手机", d.get("phone") == null ? null : d.get("phone").substring(0, 3) + "****" + d.get("phone").substring(7));
        line(s, "户口", d.get("homeName"));
        line(s, "单位", d.get("employer"));
        line(s, "地点", d.get("place"));
        line(s, "时间", d.get("since"));
        line(s, kind(ctx) == ComplaintKind.AGENCY_FRAUD ? "中介费" : "欠款",
                blank(d.get("amount")) == null ? null : d.get("amount") + "元");
        line(s, "人数", d.get("workers"));
        line(s, "经过", d.get("what"));
        int photoCount = photoIds(d).size();
        if (photoCount > 0) {
            s.append("\n照片:").append(photoCount).append("张");
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String value) {
        if (value != null && !value.isBlank()) {
            s.append('\n').append(label).append(':').append(value.length() > 60 ? value.substring(0, 59) + "…" : value);
        }
    }

    private static List<Long> photoIds(Map<String, String> data) {
        return Arrays.stream(data.getOrDefault("photos", "").split(",")).filter(s -> !s.isBlank()).map(Long::parseLong).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Long number(String value) {
        return blank(value) == null ? null : Long.parseLong(value);
    }

    private static int parseSmall(String digits) {
        return digits.length() > 6 ? -1 : Integer.parseInt(digits);
    }
}
