package cn.laowu.bot.dialog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WageParserTest {

    @ParameterizedTest
    @CsvSource({"4500, 4500", "4500元, 4500", "４５００, 4500", "4千5, 4500", "4.5k, 4500", "五千, 5000",
            "四千五, 4500", "大概六千块, 6000", "一万二, 12000", "1万, 10000", "每月3800左右, 3800", "两千八, 2800"})
    void readsWagesAsWorkersSayThem(String said, long yuan) {
        assertThat(WageParser.yuan(said)).hasValue(yuan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"好多", "不知道", "", "12"})
    void findsNoWageWhereThereIsNone(String said) {
        assertThat(WageParser.yuan(said)).isEmpty();
    }
}
