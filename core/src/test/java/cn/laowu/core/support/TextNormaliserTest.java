package cn.laowu.core.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one folder: chat input, ID and account numbers and employer names all compare in its form. */
class TextNormaliserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"４５００元|4500元", "ＡＢｃ|abc", "　找工作　|找工作", "好的，谢谢|好的,谢谢",
            "①|1", "ｘ|x"})
    void folds(String typed, String folded) {
        assertThat(TextNormaliser.fold(typed)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"我 要 找 工 作！|我要找工作", "Ｗｉ－Ｆｉ|wifi", "第２个。|第2个"})
    void compacts(String typed, String compact) {
        assertThat(TextNormaliser.compact(typed)).isEqualTo(compact);
    }
}
