package cn.laowu.bot.understanding;

import cn.laowu.bot.dialog.Intents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "到手" says how much a worker takes home (wage_report), but "没到手" says it never came: a wage not
 * paid is a 欠薪 complaint, never a wage to record.
 */
class WageNotPaidTest {

    private static final Intents INTENTS = new Intents();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "工资没到手, complaint_wage", "上个月的工资到现在还没到手, complaint_wage", "做了三个月钱一分没到手, complaint_wage",
            "这个月到手4800, wage_report", "我现在一个月拿五千, wage_report", "现在每月到手四千多, wage_report",
    })
    void aWageNotPaidIsAComplaintAndAWageTakenHomeIsAReport(String text, String intent) {
        Understanding.Reading reading = INTENTS.read(text);
        assertThat(reading.intent()).isEqualTo(intent);
        assertThat(reading.decision()).isEqualTo(Understanding.Decision.SURE);
    }
}
