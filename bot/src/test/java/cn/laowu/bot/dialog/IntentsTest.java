package cn.laowu.bot.dialog;

import cn.laowu.bot.understanding.Understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Intents (exact phrases, else the classifier when sure) against what workers really type or say. */
class IntentsTest {

    private final Intents intents = new Intents();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "找活, jobs", "找工作, jobs", "有没有厂招人, jobs", "想进厂打工, jobs", "深圳电子厂还招人吗, jobs",
            "有没有包吃住的活, jobs", "我想出去做事, jobs", "保安, jobs",
            "工资不发, complaint_wage", "老板跑了, complaint_wage", "老板跑路了工资怎么办, complaint_wage",
            "我在工地干了三个月一分钱没拿到 不给钱, complaint_wage", "做了半年老板不给工资, complaint_wage",
            "中介骗了我三千块, complaint_agency", "黑中介, complaint_agency", "工作的地方不发工资, complaint_wage",
            "工伤, complaint_injury", "干活摔伤了腿, complaint_injury", "我要投诉, complaint",
            "培训报名, training", "我想学技术, training", "学电焊去哪里报名, training",
            "路费补贴怎么领, allowance", "车费能报吗, allowance", "两后生补助, allowance",
            "政策咨询, policy", "你好, menu", "在吗？, menu", "ＨＥＬＬＯ, menu",
            "回访, follow_up", "说说近况, follow_up", "我的信息, my_info", "我的推荐, my_referrals",
    })
    void mapsRealPhrasings(String text, String intent) {
        String understood = intents.exact(text).map(Intents.Intent::id).orElseGet(() -> {
            Understanding.Reading reading = intents.read(text);
            return reading.decision() == Understanding.Decision.SURE ? reading.intent() : "unsure " + reading.choices();
        });
        assertThat(understood).isEqualTo(intent);
    }

    /** Words that are commands even in answer to another dialog's question, and answers that only contain them. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "我的信息, my_info", "我的信息呢, my_info", "查看我的信息, my_info", "我要转人工, human", "人工, human",
            "找工作, jobs", "我要投诉, complaint", "投诉维权, complaint", "查报名, my_applications", "就业服务站, nearby",
            "电子厂, none", "保安, none", "想去电子厂上班, none", "想找个保安的工作, none", "我的信息不对, none",
            "1, none", "5000, none", "德夯村, none",
    })
    void commandsAreWholeMessagesOnly(String text, String intent) {
        assertThat(intents.command(text).map(Intents.Intent::id).orElse("none")).isEqualTo(intent);
    }

    /** The keyword baseline of the evaluation: the phrase table alone. */
    @ParameterizedTest
    @ValueSource(strings = {"哈哈哈", "123456", "。。。", "ok"})
    void leavesTheUnknownUnmatched(String text) {
        assertThat(intents.match(text)).isEmpty();
    }
}
