package cn.laowu.bot.dialog;

import cn.laowu.bot.understanding.Slots;
import cn.laowu.bot.understanding.Understanding;
import cn.laowu.bot.understanding.Utterance;
import cn.laowu.core.support.TextNormaliser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs conversations: universal words first (菜单, 取消, 返回, 下一页 work everywhere), then the
 * flow the worker is in, else the main menu's numbers, the intent of free text, and the policy
 * answers. Unknown text gets the menu, never silence. Inside a flow that asks questions, a
 * command said as the answer is confirmed first; a location goes to the nearest stations from anywhere.
 */
@Component
public class DialogEngine {

    private static final Set<String> MENU = Set.of("菜单", "主菜单", "帮助", "?", "目录");
    private static final Set<String> CANCEL = Set.of("取消", "退出", "不办了", "算了", "结束");
    private static final Set<String> BACK = Set.of("返回", "上一步", "后退", "回去");
    private static final Set<String> NEXT_PAGE = Set.of("下一页", "下页", "更多", "后一页");
    private static final Set<String> PREVIOUS_PAGE = Set.of("上一页", "上页", "前一页");
    private static final String MORE = "\n\n回复 菜单 看更多服务。";
    private static final String FALLBACK_EXTRA = "\n回复 人工 找工作人员;回复 退订 不再收推送。";
    /** The flow that answers a location shared outside any flow (nearest 就业服务站). */
    private static final String NEARBY = "nearby";
    /** When the engine asked "您是想:1. … 2. …": the intents offered, and the sentence that was unclear. */
    private static final String OFFERED = "offered";
    private static final String MENU_AT = "menuAt";
    private static final String OFFERED_FOR = "offeredFor";
    /** Inside a flow, the intent of a command said in answer, while the engine asks "您是要…吗?". */
    private static final String ASKED = "askedCommand";
    /** The sentence that named it, routed with its slots when the worker says yes (null for a bare command). */
    private static final String ASKED_TEXT = "askedText";
    private static final Set<String> YES = Set.of("是", "是的", "对", "对的", "要", "好", "好的", "嗯", "确定", "去");

    private final Map<String, Flow> flows;
    private final Intents intents;
    private final MainMenu mainMenu;
    private final Answers answers;
    private final NewRequests newRequests;
    private final List<NumberedNotice> notices;

    public DialogEngine(List<Flow> flows, Intents intents, Answers answers) {
        this(flows, intents, answers, List.of());
    }

    @Autowired
    public DialogEngine(List<Flow> flows, Intents intents, Answers answers, List<NumberedNotice> notices) {
        this.notices = List.copyOf(notices);
        this.flows = flows.stream().collect(Collectors.toMap(Flow::id, Function.identity()));
        this.intents = intents;
        this.mainMenu = new MainMenu(intents);
        this.answers = answers;
        this.newRequests = new NewRequests(intents);
    }

    public Reply onInput(DialogContext ctx, UserInput input) {
        Flow current = flows.get(ctx.state().getFlow());
        if (input.kind() == UserInput.Kind.UNRECOGNISED_VOICE) {
            return current != null
                    ? Reply.text("抱歉,没听清您说的话。请再说一遍,或打字回复。回复 菜单 回主菜单。")
                    : Reply.text("抱歉,没听清您说的话。请再说一遍,或回复数字:\n" + menuBody());
        }
        if (input.isText()) {
            Optional<Reply> universal = universal(ctx, current, input.text());
            if (universal.isPresent()) {
                ctx.state().getData().remove(ASKED);
                return universal.get();
            }
        }
        if (input.kind() == UserInput.Kind.LOCATION && current != null && !current.takesLocation()
                && flows.containsKey(NEARBY)) {
            // A location means "where can I go": answered wherever the worker was, not with that flow's prompt.
            ctx.exit();
            return flows.get(NEARBY).handle(ctx, input);
        }
        if (current != null) {
            Optional<Reply> command = command(ctx, current, input);
            if (command.isPresent()) {
                return command.get();
            }
            Reply reply = current.handle(ctx, input);
            if (reply != null) {
                return resumeAfter(ctx, reply);
            }
            ctx.exit();
        }
        return switch (input.kind()) {
            case TEXT -> freeText(ctx, input.text());
            case IMAGE -> Reply.text("收到您的图片。需要办事请回复 菜单。");
            case LOCATION -> flows.containsKey(NEARBY) ? flows.get(NEARBY).handle(ctx, input)
                    : Reply.text("收到您的位置。\n" + menuBody());
            default -> menu(ctx);
        };
    }

    /** A detour that completed in this turn hands over to the flow that sent the worker on it. */
    private Reply resumeAfter(DialogContext ctx, Reply reply) {
        DialogState.Resumption resumption = ctx.state().takeResumption();
        Flow then = resumption == null ? null : flows.get(resumption.flow());
        if (then == null) {
            return reply;
        }
        Reply resumed = then.resume(ctx, resumption.argument());
        return Reply.text(reply.text() + "\n\n" + resumed.text());
    }

    /**
     * Is this a new request? Said where a flow waits for an answer, a whole-message command ("我的信息",
     * "转人工"), or a sentence the classifier is sure means another task and that cannot be the answer
     * the step waits for ({@link Flow#expects}: "我想先找个活干" as a name, "老板欠我工资" in a job list),
     * is asked about once, never saved, searched or repeated: 1 goes there with the sentence, anything
     * else asks the flow's question again.
     */
    private Optional<Reply> command(DialogContext ctx, Flow current, UserInput input) {
        String task = current.task();
        String going = task == null ? "继续刚才的" : "继续" + task;
        String asked = ctx.state().getData().remove(ASKED);
        String askedText = ctx.state().getData().remove(ASKED_TEXT);
        if (asked != null && input.isText()) {
            Optional<Intents.Intent> intent = intents.byId(asked);
            if (intent.isPresent() && yes(input.text())) {
                return Optional.of(route(ctx, intent.get(), askedText));
            }
            Reply again = current.repeat(ctx);
            return Optional.of(Reply.text("好的," + going + "。\n"
                    + (again == null ? "请回复上面的数字,或回复 菜单。" : again.text())));
        }
        if (!input.isText()) {
            return Optional.empty(); // a photo or voice the flow was waiting for is its to take
        }
        Optional<Intents.Intent> command = intents.command(input.text());
        String text = null;
        if (command.isEmpty()) {
            command = newRequests.of(ctx, current, input.text(), flows.keySet());
            text = input.text();
        }
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Intents.Intent intent = command.get();
        if (task == null && (text == null || current.id().equals(intent.flow()))) {
            // A list asks nothing to lose: a bare command goes there, and the list's own subject said in a
            // sentence ("我那个投诉什么时候解决" inside 我的投诉) shows it afresh, never "请回复上面的数字".
            return Optional.of(route(ctx, intent, text));
        }
        if (text != null && current.id().equals(intent.flow())) {
            return Optional.empty(); // inside a flow that asks questions, its own subject is an answer
        }
        ctx.state().getData().put(ASKED, intent.id());
        if (text != null) {
            ctx.state().getData().put(ASKED_TEXT, text);
        }
        String name = intent.label() != null ? intent.label() : TextNormaliser.compact(input.text());
        return Optional.of(Reply.text("您是要「" + name + "」吗?\n回复 1 是,回复 2 " + going + "。"));
    }

    private static boolean yes(String text) {
        OptionalInt choice = ChoiceParser.parse(text);
        return choice.isPresent() ? choice.getAsInt() == 1 : YES.contains(TextNormaliser.compact(text));
    }

    /** A custom-menu click: the button's key names an intent. */
    public Reply onMenuClick(DialogContext ctx, String key) {
        return intents.byId(key).map(intent -> route(ctx, intent, null)).orElseGet(() -> menu(ctx));
    }

    public Reply welcome(DialogContext ctx) {
        ctx.exit();
        return Reply.text("欢迎关注" + ctx.accountName() + "!\n我们帮您找正规工作、报名免费培训、维护权益、申领补贴。\n\n"
                + menuBody());
    }

    public Reply welcomeBack(DialogContext ctx) {
        ctx.exit();
        return Reply.text("欢迎回来!\n" + menuBody());
    }

    /** Whether a state holds nothing but the mark of a menu shown (which may be lost: numbers mean the menu's then). */
    public static boolean onlyMarksTheMenu(DialogState state) {
        return state.getFlow() == null && state.getData().size() == 1 && state.getData().containsKey(MENU_AT);
    }

    public Reply menu(DialogContext ctx) {
        ctx.exit();
        // A number after this is a menu choice, not an answer to a job notice sent before it.
        ctx.state().getData().put(MENU_AT, String.valueOf(Instant.now().toEpochMilli()));
        return Reply.text("您好,这里是" + ctx.accountName() + "。\n" + menuBody());
    }

    private String menuBody() {
        return mainMenu.firstPage();
    }

    private Optional<Reply> universal(DialogContext ctx, Flow current, String text) {
        String word = TextNormaliser.compact(text);
        if (MENU.contains(word) || MENU.contains(TextNormaliser.fold(text))) {
            return Optional.of(menu(ctx));
        }
        if (CANCEL.contains(word)) {
            String said = current != null ? "好的,已退出。\n" : "";
            ctx.exit();
            return Optional.of(Reply.text(said + menuBody()));
        }
        if (BACK.contains(word)) {
            Reply back = current == null ? null : current.back(ctx);
            return Optional.of(back != null ? back : menu(ctx));
        }
        if (NEXT_PAGE.contains(word) || PREVIOUS_PAGE.contains(word)) {
            Reply page = current == null ? null : current.page(ctx, NEXT_PAGE.contains(word) ? 1 : -1);
            // Outside any list, 更多 is the menu's second page (我的投诉, 我的培训, 我的补贴, 人工).
            return Optional.of(page != null ? page : Reply.text(current == null && NEXT_PAGE.contains(word)
                    ? mainMenu.secondPage() : "现在没有可以翻页的列表。\n" + menuBody()));
        }
        return Optional.empty();
    }

    private Reply freeText(DialogContext ctx, String text) {
        int missed = Misunderstandings.before(ctx);
        OptionalInt choice = ChoiceParser.parse(text);
        Optional<Reply> answered = answerToOffer(ctx, choice);
        if (answered.isPresent()) {
            return answered.get();
        }
        if (choice.isPresent()) {
            String menuAt = ctx.state().getData().get(MENU_AT);
            Instant shown = menuAt == null ? null : Instant.ofEpochMilli(Long.parseLong(menuAt));
            for (NumberedNotice notice : notices) {
                Optional<Reply> reply = notice.answer(ctx, choice.getAsInt(), shown);
                if (reply.isPresent()) {
                    return reply.get();
                }
            }
        }
        List<Intents.Intent> menu = intents.menu();
        if (choice.isPresent()) {
            int n = choice.getAsInt();
            return n <= menu.size() ? route(ctx, menu.get(n - 1), null)
                    : Reply.text("没有第" + n + "项。\n" + menuBody());
        }
        Optional<Intents.Intent> exact = intents.exact(text);
        if (exact.isPresent()) {
            return route(ctx, exact.get(), text);
        }
        Understanding.Reading reading = intents.read(text);
        if (reading.decision() == Understanding.Decision.SURE) {
            Optional<Intents.Intent> intent = intents.byId(reading.intent());
            if (intent.isPresent()) {
                return route(ctx, intent.get(), text);
            }
        }
        if (reading.decision() == Understanding.Decision.UNSURE) {
            return missed >= 1 ? offerHuman(ctx, text) : Misunderstandings.count(ctx, missed, offer(ctx, reading, text));
        }
        Optional<String> answer = answers.search(text);
        if (answer.isPresent()) {
            return Reply.text(answer.get() + MORE);
        }
        return missed >= 1 ? offerHuman(ctx, text) : Misunderstandings.count(ctx, missed, notUnderstood());
    }

    /** Not understood: the menu, and the two ways out a stuck worker looks for. */
    private Reply notUnderstood() {
        return Reply.text("没太明白您的意思。\n" + menuBody() + FALLBACK_EXTRA);
    }

    /** The second misunderstanding in a row: a person is offered directly, as 1. */
    private Reply offerHuman(DialogContext ctx, String text) {
        ctx.exit();
        ctx.state().getData().put(OFFERED, Misunderstandings.HUMAN);
        ctx.state().getData().put(OFFERED_FOR, text);
        return Reply.text(Misunderstandings.OFFER_HUMAN);
    }

    /** A wrong flow costs a worker more than one question: when unsure, ask which was meant. */
    private Reply offer(DialogContext ctx, Understanding.Reading reading, String text) {
        List<Intents.Intent> offered = reading.choices().stream()
                .map(choice -> intents.byId(choice.intent()))
                .flatMap(Optional::stream)
                .filter(intent -> intent.label() != null)
                .toList();
        if (offered.isEmpty()) {
            return notUnderstood();
        }
        if (offered.size() == 1) {
            return route(ctx, offered.get(0), text);
        }
        ctx.exit();
        ctx.state().getData().put(OFFERED, String.join(",", offered.stream().map(Intents.Intent::id).toList()));
        ctx.state().getData().put(OFFERED_FOR, text);
        StringBuilder out = new StringBuilder("您是想:");
        for (int i = 0; i < offered.size(); i++) {
            out.append('\n').append(i + 1).append(". ").append(offered.get(i).label());
        }
        return Reply.text(out.append("\n请回复数字;都不是,请换个说法,或回复 菜单。").toString());
    }

    /** The number answering {@link #offer}; anything else forgets the offer and is read afresh. */
    private Optional<Reply> answerToOffer(DialogContext ctx, OptionalInt choice) {
        String offered = ctx.state().getData().get(OFFERED);
        if (offered == null) {
            return Optional.empty();
        }
        String unclear = ctx.state().getData().get(OFFERED_FOR);
        ctx.exit();
        List<String> ids = List.of(offered.split(","));
        if (choice.isEmpty() || choice.getAsInt() > ids.size()) {
            return Optional.empty();
        }
        return intents.byId(ids.get(choice.getAsInt() - 1)).map(intent -> route(ctx, intent, unclear));
    }

    /** Into the intent's flow; where that flow does not exist (yet), the closest policy answer. */
    private Reply route(DialogContext ctx, Intents.Intent intent, String text) {
        Flow flow = intent.flow() == null ? null : flows.get(intent.flow());
        if (flow != null) {
            return text == null ? flow.start(ctx) : flow.start(ctx, utterance(intent, text));
        }
        if (intent.reply() != null && intent.topic() == null) {
            ctx.exit();
            return Reply.text(intent.reply() + "\n" + menuBody());
        }
        Optional<String> answer = Optional.ofNullable(text).flatMap(answers::search)
                .or(() -> Optional.ofNullable(intent.topic()).flatMap(answers::byId));
        if (answer.isEmpty()) {
            return menu(ctx);
        }
        ctx.exit();
        return Reply.text(answer.get() + MORE);
    }

    private Utterance utterance(Intents.Intent intent, String text) {
        Slots slots = intents.read(text).slots();
        return new Utterance(text, intent.id(), intent.kind() == null ? slots : slots.with(Slots.KIND, intent.kind()));
    }
}
