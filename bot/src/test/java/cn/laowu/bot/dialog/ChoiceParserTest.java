package cn.laowu.bot.dialog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1, 1", "２, 2", "三, 3", "第二个, 2", "2号, 2", "选4, 4", "我选五, 5", "回复3, 3", "十, 10",
            "十二, 12", "二十, 20", "二十一, 21", "两, 2", "' 6 ', 6", "3。, 3", "第1项, 1",
    })
    void readsWhatWorkersType(String input, int expected) {
        assertThat(ChoiceParser.parse(input)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "找工作", "123", "一百", "十十", "1a", "第", "零"})
    void isNotAChoice(String input) {
        assertThat(ChoiceParser.parse(input)).isEmpty();
    }
}
