package cn.laowu.bot.understanding;

import cn.laowu.bot.dialog.Intents;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each feature keeps its intents, corpus lines and lexicon entries in files of its own, read by pattern;
 * what two files both claim (an intent id, a word's meaning) stops the start instead of depending on
 * which file is read first. The fixtures under src/test/resources/understanding-fixtures collide on purpose.
 */
class UnderstandingFilesTest {

    @Test
    void everyFeaturesFilesAreRead() {
        Set<String> ids = Intents.load(Intents.RESOURCES).stream().map(Intents.Intent::id).collect(Collectors.toSet());
        Set<String> trained = Corpus.load(Corpus.TRAINING).stream().map(Corpus.Example::intent).collect(Collectors.toSet());

        assertThat(ClasspathText.files(Intents.RESOURCES)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ids).contains("jobs", "complaint_injury", "allowance_objection", "my_referrals", "where_now");
        assertThat(ids).as("every intent has corpus lines").isEqualTo(trained);
        assertThat(Intents.load(Intents.RESOURCES).stream().filter(i -> i.menu() > 0).collect(
                Collectors.groupingBy(Intents.Intent::menu, Collectors.counting())).values())
                .as("a menu position per intent").containsOnly(1L);
        Lexicon lexicon = Understanding.lexicon();
        assertThat(lexicon.segment(lexicon.normalise("工伤"))).extracting(Lexicon.Token::concept).containsExactly("INJURY");
        assertThat(lexicon.segment(lexicon.normalise("培圳"))).as("a training typo from training's own file")
                .extracting(Lexicon.Token::concept).containsExactly("TRAIN");
    }

    @Test
    void anIntentDeclaredByTwoFilesStopsTheStart() {
        assertThatThrownBy(() -> Intents.load("understanding-fixtures/intents/*.yml"))
                .hasMessageContaining("Intent jobs is declared in a.yml and in b.yml");
    }

    @Test
    void aWordGivenTwoMeaningsByTwoFilesStopsTheStart() {
        assertThatThrownBy(() -> Lexicon.load("understanding-fixtures/lexicon/*.txt"))
                .hasMessageContaining("Lexicon word 工钱 is WAGE and, in b.txt, MONEY_SUPPORT");
    }
}
