package cn.laowu.bot.flow.allowance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FareParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"260|26000", "260元|26000", "一共 260 块|26000", "大概300块钱|30000",
            "1,200|120000", "12.50|1250", "２６０|26000", "0|0"})
    void readsTheAmountOnTheTicket(String said, long fen) {
        assertThat(FareParser.fen(said)).hasValue(fen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-500", "负500", "1e9", "1E3", "5e2元", "好多", "", "260 300", "12.345", "0x10", "260-300",
            "99999999"})
    void refusesWhatIsNotOneAmount(String said) {
        assertThat(FareParser.fen(said)).isEmpty();
    }
}
