package cn.laowu.core.progress;

import cn.laowu.core.assessment.Scorer;
import cn.laowu.core.assessment.ScoringSheet;
import cn.laowu.core.target.Indicator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An indicator where lower is better (a ceiling): completion, 滞后 and the assessment read it the right way round. */
class IndicatorDirectionTest {

    private static final Indicator CASES = new Indicator("CUSTOM_1", "欠薪案件数", "人", Indicator.Kind.COUNT, "欠薪投诉件数",
            null, 90, true, false);
    private static final Indicator ARREARS_RATE = new Indicator("CUSTOM_2", "欠薪发生率", "%", Indicator.Kind.RATE,
            "欠薪投诉占外出务工人数", null, 91, true, false);
    private static final Indicator TRANSFER = new Indicator("TRANSFER", "转移就业人数", "人", Indicator.Kind.COUNT, "转移",
            null, 1, true, true);

    @Test
    void completionOfACeilingIsHundredAtTheTargetMoreUnderItLessOverIt() {
        assertThat(IndicatorValues.completionPermille(CASES, 1000L, 10L)).isEqualTo(1000); // 10 cases of 10
        assertThat(IndicatorValues.completionPermille(CASES, 500L, 10L)).isEqualTo(1500);  // 5 of 10: better
        assertThat(IndicatorValues.completionPermille(CASES, 0L, 10L)).isEqualTo(2000);
        assertThat(IndicatorValues.completionPermille(CASES, 1500L, 10L)).isEqualTo(500); // 15 of 10: worse
        assertThat(IndicatorValues.completionPermille(CASES, 5000L, 10L)).isZero();       // never negative
        assertThat(IndicatorValues.completionPermille(CASES, 0L, 0L)).isEqualTo(1000);
        assertThat(IndicatorValues.completionPermille(CASES, 100L, 0L)).isZero();
        // higher is better is unchanged
        assertThat(IndicatorValues.completionPermille(TRANSFER, 500L, 10L)).isEqualTo(500);
    }

    @Test
    void aCeilingIsBehindWhenItIsUsedUpFasterThanTheYearPasses() {
        // half the year passed (500‰): 6 of 10 used is within 10 points, 7 is not
        assertThat(IndicatorValues.behind(CASES, 600L, 10L, 500)).isFalse();
        assertThat(IndicatorValues.behind(CASES, 700L, 10L, 500)).isTrue();
        assertThat(IndicatorValues.behind(CASES, 0L, 10L, 500)).isFalse();
        assertThat(IndicatorValues.behind(CASES, 100L, 0L, 500)).isTrue();
        // a rate: more than 10 points above its ceiling
        assertThat(IndicatorValues.behind(ARREARS_RATE, 1500L, 5L, 500)).isFalse();
        assertThat(IndicatorValues.behind(ARREARS_RATE, 1600L, 5L, 500)).isTrue();
        // higher is better: a low figure is behind, a high one is not
        assertThat(IndicatorValues.behind(TRANSFER, 300L, 10L, 500)).isTrue();
        assertThat(IndicatorValues.behind(TRANSFER, 700L, 10L, 500)).isFalse();
    }

    @Test
    void theAssessmentScoresACeilingTheRightWayRound() {
        ScoringSheet sheet = ScoringSheet.parse("""
                weight.TRANSFER = 50
                weight.CUSTOM_1 = 50
                floor = 60
                cap = 100
                no-honours-below = 60
                pool.yuan = 0
                award.base = 60
                award.step.yuan = 100
                """);
        Set<String> lower = Set.of("CUSTOM_1");
        List<Scorer.Result> results = Scorer.score(sheet, List.of(
                // 8 cases under a ceiling of 10: met (120%, capped) → 50 + 50
                new Scorer.Unit("A", "甲县", Map.of("TRANSFER", 100_000L, "CUSTOM_1", 800L),
                        Map.of("TRANSFER", 1000L, "CUSTOM_1", 10L), 0, lower),
                // 13 cases: 70% → 35 of 50; the target is missed
                new Scorer.Unit("B", "乙县", Map.of("TRANSFER", 100_000L, "CUSTOM_1", 1300L),
                        Map.of("TRANSFER", 1000L, "CUSTOM_1", 10L), 0, lower)));
        assertThat(results).extracting(Scorer.Result::code, r -> r.score().toPlainString(), Scorer.Result::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "100.00", Scorer.Outcome.PRAISE),
                        org.assertj.core.groups.Tuple.tuple("B", "85.00", Scorer.Outcome.INTERVIEW));
        assertThat(results.get(1).detail()).contains("CUSTOM_1 完成70% 得35.00/50");
    }
}
