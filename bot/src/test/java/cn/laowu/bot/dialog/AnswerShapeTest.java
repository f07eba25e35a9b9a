package cn.laowu.bot.dialog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What each kind of step takes as an answer, and what it cannot be. */
class AnswerShapeTest {

    @ParameterizedTest(name = "{0}: 「{1}」 fits {2}")
    @CsvSource({
            "NAME, 张三, true", "NAME, 我叫欧阳春花, true", "NAME, 我想先找个活干, false", "NAME, 老板欠我工资三个月了, false",
            "PHONE, 138 1234 5678, true", "PHONE, 手机号换了, false",
            "ID_NUMBER, 433101199001011234, true", "ID_NUMBER, 我要找工作, false",
            "AMOUNT, 一万二, true", "AMOUNT, 不知道, true", "AMOUNT, 转人工, false",
            "DATE, 去年10月, true", "DATE, 三个月了, true", "DATE, 我要退订, false",
            "PLACE, 矮寨镇, true", "PLACE, 我想问下我那个欠薪的事什么时候能解决, false",
            "PEOPLE, 二十来个, true", "PEOPLE, 找工作人员, false",
            "CHOICE, 第二个, true", "CHOICE, 报名, true", "CHOICE, 厂里欠我工资, false",
            "SEARCH, 电子厂 深圳, false", "SEARCH, 报名, true", "FREE, 随便什么话, true",
    })
    void fits(AnswerShape shape, String text, boolean fits) {
        assertThat(shape.fits(text)).isEqualTo(fits);
    }
}
