package cn.laowu.bot.dialog;

import cn.laowu.bot.flow.complaint.InjurySlot;
import cn.laowu.bot.flow.policy.PolicyKnowledge;
import cn.laowu.bot.understanding.Lexicon;
import cn.laowu.bot.understanding.SlotKind;
import cn.laowu.bot.understanding.Slots;
import cn.laowu.bot.understanding.Utterance;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What features register with the dialog besides flows: the answer to a shared location and their own
 * slot kinds. The engine names neither; a second registration of one thing stops the start.
 */
class DialogRegistrationsTest {

    private static final Intents INTENTS = new Intents();
    private final PolicyKnowledge knowledge = new PolicyKnowledge();
    private final DialogContext ctx = new DialogContext("wxa", "湘西州劳务输出", "433100", "o1", new DialogState());

    @Test
    void aLocationGoesToTheRegisteredReplyAndWithoutOneIsAcknowledged() {
        LocationReply near = (c, location) -> Reply.text("最近的服务站:矮寨镇");
        DialogEngine with = engine(List.of(near), List.of());
        DialogEngine without = new DialogEngine(List.of(), INTENTS, knowledge);

        assertThat(with.onInput(ctx, UserInput.location(28.3, 109.7, "吉首")).text()).isEqualTo("最近的服务站:矮寨镇");
        assertThat(without.onInput(ctx, UserInput.location(28.3, 109.7, "吉首")).text()).startsWith("收到您的位置");
    }

    @Test
    void twoLocationRepliesOrTwoSlotKindsOfOneNameStopTheStart() {
        LocationReply one = (c, location) -> Reply.text("一");
        LocationReply two = (c, location) -> Reply.text("二");
        assertThatThrownBy(() -> engine(List.of(one, two), List.of())).hasMessageContaining("one answer");

        assertThatThrownBy(() -> engine(List.of(), List.of(kind("tool"), kind("tool")))).hasMessageContaining("Slot tool is taken");
        assertThatThrownBy(() -> engine(List.of(), List.of(kind(Slots.PLACE)))).as("a common slot's name")
                .hasMessageContaining("Slot place is taken");
        assertThat(engine(List.of(), List.of(kind("tool"), kind("shift")))).isNotNull();
    }

    @Test
    void aFeaturesSlotKindReachesItsFlowWithTheSentence() {
        List<Utterance> heard = new ArrayList<>();
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
        new DialogEngine(List.of(complaint), INTENTS, knowledge, List.of(), List.of(), List.of(new InjurySlot()),
                Clock.systemUTC()).onInput(ctx, UserInput.text("手被机器压了老板不管"));

        assertThat(heard).singleElement().satisfies(said -> {
            assertThat(said.intent()).isEqualTo("complaint_injury");
            assertThat(said.slots().get(InjurySlot.NAME)).hasValue("手 压");
        });
    }

    private DialogEngine engine(List<LocationReply> locations, List<SlotKind> kinds) {
        return new DialogEngine(List.of(), INTENTS, knowledge, List.of(), locations, kinds, Clock.systemUTC());
    }

    private static SlotKind kind(String name) {
        return new SlotKind() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> read(List<Lexicon.Token> words) {
                return Optional.empty();
            }
        };
    }
}
