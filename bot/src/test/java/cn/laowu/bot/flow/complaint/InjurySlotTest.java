package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.understanding.Lexicon;
import cn.laowu.bot.understanding.Understanding;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint feature's own slot: what was hurt, and how. */
class InjurySlotTest {

    private final InjurySlot injury = new InjurySlot();

    private Optional<String> read(String text) {
        Lexicon lexicon = Understanding.lexicon();
        return injury.read(lexicon.segment(lexicon.normalise(text)));
    }

    @Test
    void aBodyPartAndAnInjuryOrAMachineSayWhatWasHurt() {
        assertThat(read("手被机器压了老板不管")).hasValue("手 压");
        assertThat(read("干活摔伤了腿")).isPresent();
        assertThat(read("老板欠我三个月工资")).isEmpty();
    }
}
