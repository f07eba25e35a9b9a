package cn.laowu.bot.dialog;

import cn.laowu.core.support.TextNormaliser;
import cn.laowu.bot.understanding.SlotKind;
import cn.laowu.bot.understanding.Understanding;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
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

    private static final String MORE = "\n\n回复 菜单 看更多服务。";
    private static final String FALLBACK_EXTRA = "\n回复 人工 找工作人员;回复 退订 不再收推送。";
    private static final String MENU_AT = "menuAt";
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
    private final Optional<LocationReply> location;
    private final SlotKinds slotKinds;
    private final Offers offers;
    private final Clock clock;

    public DialogEngine(List<Flow> flows, Intents intents, Answers answers) {
        this(flows, intents, answers, List.of(), List.of(), List.of(), Clock.systemUTC());
    }

    /** Besides the flows, what features register: numbered notices, the location reply, their slot kinds. */
    @Autowired
    public DialogEngine(List<Flow> flows, Intents intents, Answers answers, List<NumberedNotice> notices,
                        List<LocationReply> locations, List<SlotKind> slotKinds, Clock clock) {
        if (locations.size() > 1) {
            throw new IllegalStateException("A location can have one answer, not " + locations);
        }
        this.notices = List.copyOf(notices);
        this.location = locations.stream().findFirst();
        this.slotKinds = new SlotKinds(slotKinds, intents);
        this.offers = new Offers(intents);
        this.clock = clock;
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
                && location.isPresent()) {
            // A location means "where can I go": answered wherever the worker was, not with that flow's prompt.
            ctx.exit();
            return location.get().answer(ctx, input);
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
            case LOCATION -> location.map(reply -> reply.answer(ctx, input))
                    .orElseGet(() -> Reply.text("收到您的位置。\n" + menuBody()));
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
        ctx.state().getData().put(MENU_AT, String.valueOf(clock.millis()));
        return Reply.text("您好,这里是" + ctx.accountName() + "。\n" + menuBody());
    }

    private String menuBody() {
        return mainMenu.firstPage();
    }

    private Optional<Reply> universal(DialogContext ctx, Flow current, String text) {
        return UniversalWord.of(text).map(word -> switch (word) {
            case MENU -> menu(ctx);
            case CANCEL -> {
                String said = current != null ? "好的,已退出。\n" : "";
                ctx.exit();
                yield Reply.text(said + menuBody());
            }
            case BACK -> Optional.ofNullable(current == null ? null : current.back(ctx)).orElseGet(() -> menu(ctx));
            case NEXT_PAGE, PREVIOUS_PAGE -> {
                Reply page = current == null ? null : current.page(ctx, word == UniversalWord.NEXT_PAGE ? 1 : -1);
                // Outside any list, 更多 is the menu's second page (我的投诉, 我的培训, 我的补贴, 人工).
                yield page != null ? page : Reply.text(current == null && word == UniversalWord.NEXT_PAGE
                        ? mainMenu.secondPage() : "现在没有可以翻页的列表。\n" + menuBody());
            }
        });
    }

    private Reply freeText(DialogContext ctx, String text) {
        int missed = Misunderstandings.before(ctx);
        OptionalInt choice = ChoiceParser.parse(text);
        Optional<Reply> answered = offers.answer(ctx, choice, this::route);
        if (answered.isPresent()) {
            return answered.get();
        }
        if (choice.isPresent()) {
            String menuAt = ctx.state().getData().get(MENU_AT);
            Instant shown = menuAt == null ? null : Instant.ofEpochMilli(Long.parseLong(menuAt));
            Optional<Reply> notice = notices.stream().map(n -> n.answer(ctx, choice.getAsInt(), shown))
                    .flatMap(Optional::stream).findFirst();
            if (notice.isPresent()) {
                return notice.get();
            }
            List<Intents.Intent> menu = intents.menu();
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
            return missed >= 1 ? offers.human(ctx, text)
                    : Misunderstandings.count(ctx, missed, offers.offer(ctx, reading, text, this::route, this::notUnderstood));
        }
        Optional<String> answer = answers.search(text);
        if (answer.isPresent()) {
            return Reply.text(answer.get() + MORE);
        }
        return missed >= 1 ? offers.human(ctx, text) : Misunderstandings.count(ctx, missed, notUnderstood());
    }

    /** Not understood: the menu, and the two ways out a stuck worker looks for. */
    private Reply notUnderstood() {
        return Reply.text("没太明白您的意思。\n" + menuBody() + FALLBACK_EXTRA);
    }

    /** Into the intent's flow; where that flow does not exist (yet), the closest policy answer. */
    private Reply route(DialogContext ctx, Intents.Intent intent, String text) {
        Flow flow = intent.flow() == null ? null : flows.get(intent.flow());
        if (flow != null) {
            return text == null ? flow.start(ctx) : flow.start(ctx, slotKinds.utterance(intent, text));
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
}
