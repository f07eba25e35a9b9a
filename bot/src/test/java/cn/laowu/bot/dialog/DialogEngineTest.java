package cn.laowu.bot.dialog;

import cn.laowu.bot.flow.policy.PolicyFlow;
import cn.laowu.bot.flow.policy.PolicyKnowledge;
import cn.laowu.bot.understanding.Slots;
import cn.laowu.bot.understanding.Utterance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DialogEngineTest {

    private final PolicyKnowledge knowledge = new PolicyKnowledge();
    private final DialogEngine engine = new DialogEngine(List.of(new PolicyFlow(knowledge), new AgeFlow()),
            withAgeIntent(), knowledge);
    private final DialogContext ctx = new DialogContext("wxa", "湘西州劳务输出", "433100", "o1", new DialogState());

    private String say(String text) {
        return engine.onInput(ctx, UserInput.text(text)).text();
    }

    @Test
    void unknownTextGetsTheMenuNotSilence() {
        assertThat(say("阿巴阿巴")).contains("没太明白").contains("1. 找工作").contains("5. 政策咨询");
    }

    @Test
    void aMenuNumberOfAFeatureWithoutItsFlowYetGivesItsPolicyAnswer() {
        assertThat(say("1")).contains("找工作请认准政府组织的劳务输出");
        assertThat(say("１２")).as("12 is 我的补贴申请 on the menu's second page").contains("有哪些补贴");
        assertThat(say("１４")).contains("没有第14项");
        assertThat(ctx.state().isEmpty()).isTrue();
    }

    @Test
    void freeTextIsAnsweredByTheClosestPolicy() {
        assertThat(say("路费补贴怎么领")).contains("交通路费补助").contains("400元").contains("回复 菜单");
        assertThat(say("老板跑了")).contains("被拖欠工资怎么办").contains("12333");
    }

    @Test
    void policyFlowPagesAnswersGoesBackAndCanBeLeft() {
        assertThat(say("政策咨询")).contains("1. 怎样找到靠谱的工作").contains("回复 下一页").doesNotContain("7.");
        assertThat(say("下一页")).contains("7. 被拖欠工资怎么办").contains("回复 上一页");
        assertThat(say("下一页")).contains("13. 外出务工看病、医保");
        assertThat(say("下一页")).contains("已经是最后一页");
        say("上一页");
        assertThat(say("上一页")).contains("1. 怎样找到靠谱的工作");
        assertThat(say("第二个")).contains("【交通路费补助】").contains("回复其他序号");
        assertThat(say("工伤了怎么办")).contains("【工伤怎么办】").contains("30天");
        assertThat(say("返回")).contains("政策咨询,请回复序号");
        assertThat(say("99")).contains("没有第99项");
        assertThat(say("取消")).startsWith("好的,已退出").contains("1. 找工作");
        assertThat(ctx.state().getFlow()).isNull();
    }

    @Test
    void universalWordsWorkInsideAnyFlow() {
        say("年龄登记");
        assertThat(ctx.state().getFlow()).isEqualTo("age");
        assertThat(say("菜单")).contains("1. 找工作");
        assertThat(ctx.state().getFlow()).isNull();
        say("年龄登记");
        assertThat(say("？")).contains("请回复数字");
    }

    @Test
    void stepsReAskWithAHintGoBackAndFinish() {
        assertThat(say("年龄登记")).isEqualTo("请问您叫什么名字?");
        assertThat(say("张三")).isEqualTo("请问您多大年纪?");
        assertThat(say("很老了")).isEqualTo("请只回复数字,比如 35。\n请问您多大年纪?");
        assertThat(say("上一步")).isEqualTo("请问您叫什么名字?");
        assertThat(say("李四")).isEqualTo("请问您多大年纪?");
        assertThat(say("３５")).isEqualTo("李四,35岁,已记下。");
        assertThat(ctx.state().isEmpty()).isTrue();
    }

    @Test
    void voiceThatWasNotRecognisedGetsAKindAnswerAndTheMenu() {
        assertThat(engine.onInput(ctx, UserInput.of(UserInput.Kind.UNRECOGNISED_VOICE)).text())
                .contains("没听清").contains("1. 找工作");
        say("年龄登记");
        assertThat(engine.onInput(ctx, UserInput.of(UserInput.Kind.UNRECOGNISED_VOICE)).text())
                .contains("没听清").contains("打字");
        assertThat(ctx.state().getFlow()).isEqualTo("age");
    }

    @Test
    void whenUnsureItAsksAndTheNumberAnswersTheQuestion() {
        // A sentence the classifier and its second opinion both leave torn (培训报名 or 我的培训).
        String asked = say("培训班报名情况");
        assertThat(asked).startsWith("您是想:").containsPattern("1\\. (培训报名|我的培训)").containsPattern("2\\. (培训报名|我的培训)")
                .contains("回复 菜单");
        // 1 is one of the two here, not the main menu's 找工作 (neither has a flow here: the nearest policy answer).
        assertThat(say("1")).contains("免费技能培训");
        assertThat(ctx.state().isEmpty()).isTrue();
        assertThat(say("1")).contains("找工作请认准");
        say("培训班报名情况");
        assertThat(say("砖厂还收人吗")).contains("找工作请认准");
        assertThat(ctx.state().isEmpty()).isTrue();
    }

    @Test
    void complaintsWithoutTheirFlowYetGetTheNearestPolicyAnswer() {
        assertThat(say("包工头一直不结账")).contains("被拖欠工资怎么办");
        assertThat(say("手被机器压了老板不管")).contains("工伤怎么办");
        assertThat(say("中介收了押金不给退还介绍假工作")).contains("防范黑中介");
        assertThat(say("出门打工有啥补助没")).contains("补贴");
    }

    @Test
    void chitChatGetsAKindWordAndTheMenu() {
        assertThat(say("谢谢啊")).startsWith("好的!").contains("1. 找工作");
    }

    @Test
    void theFirstSentenceReachesTheFlowWithItsSlots() {
        List<Utterance> heard = new java.util.ArrayList<>();
        Flow complaint = new Flow() {
            @Override
            public String id() {
                return "complaint";
            }

            @Override
            public Reply start(DialogContext c) {
                return Reply.text("投诉");
            }

            @Override
            public Reply start(DialogContext c, Utterance said) {
                heard.add(said);
                return start(c);
            }

            @Override
            public Reply handle(DialogContext c, UserInput input) {
                return start(c);
            }
        };
        DialogEngine withComplaints = new DialogEngine(List.of(complaint), new Intents(), knowledge);
        withComplaints.onInput(ctx, UserInput.text("老板欠我三个月工资八千块"));
        assertThat(heard).singleElement().satisfies(said -> {
            assertThat(said.intent()).isEqualTo("complaint_wage");
            assertThat(said.slots().get(Slots.KIND)).hasValue("wage");
            assertThat(said.slots().months()).hasValue(3);
            assertThat(said.slots().amountYuan()).hasValue(8000);
        });
    }

    @Test
    void pagingWithoutAListShowsTheMenusSecondPage() {
        assertThat(say("下一页")).contains("10. 我的投诉进度").contains("13. 找工作人员");
        assertThat(say("上一页")).contains("没有可以翻页的列表");
    }

    @Test
    void menuClicksUseTheIntentOfTheButtonKey() {
        assertThat(engine.onMenuClick(ctx, "POLICY").text()).contains("政策咨询,请回复序号");
        assertThat(engine.onMenuClick(ctx, "NO_SUCH_KEY").text()).contains("请回复数字");
    }

    private static Intents withAgeIntent() {
        List<Intents.Intent> all = new java.util.ArrayList<>(Intents.load(Intents.RESOURCES));
        all.add(new Intents.Intent("age", null, 0, "age", null, List.of("年龄登记")));
        return new Intents(all);
    }

    /** A two-step flow, reachable by the phrase 年龄登记 through a test intent. */
    static final class AgeFlow extends StepFlow {
        @Override
        public String id() {
            return "age";
        }


        @Override
        protected List<Step> steps() {
            return List.of(
                    new Step("name", c -> "请问您叫什么名字?", (c, in) -> {
                        c.state().getData().put("name", in.text());
                        return next();
                    }),
                    new Step("age", c -> "请问您多大年纪?", (c, in) -> {
                        var age = ChoiceParser.parse(in.text());
                        if (age.isEmpty()) {
                            return retry("请只回复数字,比如 35。");
                        }
                        c.state().getData().put("age", String.valueOf(age.getAsInt()));
                        return next();
                    }));
        }

        @Override
        protected Reply finish(DialogContext c) {
            return Reply.text(c.state().getData().get("name") + "," + c.state().getData().get("age") + "岁,已记下。");
        }
    }
}
