package cn.laowu.bot.understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one numeral reader: what wages, fares, choices, months and head counts each relied on. */
class ChineseNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"8000, 8000", "八千, 8000", "三千五, 3500", "一万二, 12000", "两万, 20000", "两, 2", "3千5, 3500",
            "1.5万, 15000", "4.5k, 4500", "4K, 4000", "十, 10", "十二, 12", "二十一, 21", "一百, 100",
            "一千零五十, 1050", "十万, 100000", "十几, 10", "几十, 20", "二十几, 20", "〇, 0", "两千八, 2800"})
    void reads(String run, double value) {
        assertThat(ChineseNumbers.parse(run)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "十十", "百千", "k"})
    void refusesWhatIsNoNumber(String run) {
        assertThat(ChineseNumbers.parse(run)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"3, 3", "二十一, 21", "两, 2", "01, 1", "九十九, 99", "100, -1", "一百, -1", "零, -1", "1.5, -1",
            "1a, -1", "十几, -1"})
    void readsAWholeChoice(String text, int expected) {
        assertThat(ChineseNumbers.whole(text, 99)).isEqualTo(expected);
    }
}
