package cn.laowu.bot.understanding;

import cn.laowu.bot.dialog.Intents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences a phrase table got wrong, and the slots a first sentence fills. */
class UnderstandingTest {

    private static final Intents INTENTS = new Intents();
    private final SlotExtractor slots = new SlotExtractor(Understanding.lexicon());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "砖厂还收人吗, jobs", "物业招不招门卫, jobs", "想学门手艺挣钱, training", "学开叉车哪里报, training",
            "包工头一直不结账, complaint_wage", "手被机器压了老板不管, complaint_injury",
            "半年没拿到工钱, complaint_wage", "被公司开除了也没补偿, complaint_contract",
            "我想换个电话号, my_info", "中介收了押金不给退还介绍假工作, complaint_agency",
            "出门打工有啥补助没, allowance", "老板欠我三个月工资八千块, complaint_wage",
            "公资拖了三个月, complaint_wage", "有么子活干, jobs", "投诉的事咋样了, my_complaints",
            "谢谢啊, chitchat", "你好。请问一下。, menu",
    })
    void routesColloquialSentences(String text, String intent) {
        Understanding.Reading reading = INTENTS.read(text);
        assertThat(reading.decision()).isEqualTo(Understanding.Decision.SURE);
        assertThat(reading.intent()).isEqualTo(intent);
    }

    @Test
    void gibberishIsNotUnderstood() {
        assertThat(INTENTS.read("xqzw").decision()).isEqualTo(Understanding.Decision.UNKNOWN);
        assertThat(INTENTS.read("。。。").decision()).isEqualTo(Understanding.Decision.UNKNOWN);
    }

    @Test
    void aWageComplaintSaysHowLongAndHowMuch() {
        Slots found = slots.extract("老板欠我三个月工资八千块");
        assertThat(found.months()).hasValue(3);
        assertThat(found.amountYuan()).hasValue(8000);
    }

    @ParameterizedTest(name = "{0} → {1} 元")
    @CsvSource({
            "欠了三千多块, 3000", "包工头欠两万块不给, 20000", "还欠我两万, 20000", "欠我一万二, 12000",
            "工资少发了一千, 1000", "8000元没给, 8000", "欠3千5, 3500", "欠我四千五百块, 4500", "一共5600, 5600",
    })
    void amounts(String text, long yuan) {
        assertThat(slots.extract(text).amountYuan()).hasValue(yuan);
    }

    @ParameterizedTest(name = "{0} → no amount")
    @CsvSource({"干了三个月, ", "我们十几个人, ", "打12333有用吗, ", "电话13900001111, ", "做了2年, "})
    void countsDatesAndPhoneNumbersAreNotMoney(String text) {
        assertThat(slots.extract(text).amountYuan()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} months")
    @CsvSource({"干了三个月没发, 3", "半年没拿到工钱, 6", "干了一年多, 12", "5个多月了, 5", "拖了两年半, 30"})
    void months(String text, int months) {
        assertThat(slots.extract(text).months()).hasValue(months);
    }

    @Test
    void placeEmployerAndInjury() {
        Slots wage = slots.extract("在东莞电子厂干了两个月没发工资");
        assertThat(wage.get(Slots.PLACE)).hasValue("东莞");
        assertThat(wage.get(Slots.EMPLOYER)).hasValue("电子厂");
        assertThat(slots.extract("包工头一直不结账").get(Slots.EMPLOYER)).hasValue("包工头");
        assertThat(slots.extract("手被机器压了老板不管").get(Slots.INJURY)).hasValue("手 压");
        assertThat(slots.extract("老板不发工资").get(Slots.EMPLOYER)).isEmpty();
    }
}
