package cn.laowu.core.assessment;

import cn.laowu.core.support.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scoring sheet and the scores, ranks, lists and 以奖代补 amounts on a fixture with a known answer. */
class ScorerTest {

    private static final String SHEET = """
            weight.TRANSFER = 60
            weight.INCOME = 40
            floor = 60
            cap = 100
            deduct.late-complaint = 2
            deduct.max = 5
            no-honours-below = 60
            pool.yuan = 1000
            award.base = 60
            award.step.yuan = 100
            """;

    @Test
    void scoresRanksListsAndAmountsAreWhatTheSheetSays() {
        List<Scorer.Unit> units = List.of(
                // 100% and 120% (capped): 100 points, 表彰
                new Scorer.Unit("A", "甲县", Map.of("TRANSFER", 100_000L, "INCOME", 60_000L),
                        Map.of("TRANSFER", 1000L, "INCOME", 500L), 0),
                // 80% → 48 of 60, 50% under the floor → 0 of 40; 48, minus 3 late × 2 capped at 5 → 43: 取消评先评优
                new Scorer.Unit("B", "乙县", Map.of("TRANSFER", 80_000L, "INCOME", 25_000L),
                        Map.of("TRANSFER", 1000L, "INCOME", 500L), 3),
                // 90% → 54, 100% → 40: 94, one target missed: 约谈
                new Scorer.Unit("C", "丙县", Map.of("TRANSFER", 90_000L, "INCOME", 50_000L),
                        Map.of("TRANSFER", 1000L, "INCOME", 500L), 0));
        List<Scorer.Result> results = Scorer.score(ScoringSheet.parse(SHEET), units);

        assertThat(results).extracting(Scorer.Result::code, r -> r.score().toPlainString(), Scorer.Result::rank,
                        Scorer.Result::outcome, Scorer.Result::awardFen)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", "100.00", 1, Scorer.Outcome.PRAISE, 60_000L),
                        org.assertj.core.groups.Tuple.tuple("C", "94.00", 2, Scorer.Outcome.INTERVIEW, 40_000L),
                        org.assertj.core.groups.Tuple.tuple("B", "43.00", 3, Scorer.Outcome.NO_HONOURS, 0L));
        // (100−60) : (94−60) = 40 : 34 of 10 steps → 5 and 4, the last step to the first in rank
        assertThat(results.stream().mapToLong(Scorer.Result::awardFen).sum()).isEqualTo(100_000L);
        assertThat(results.get(2).deduction()).isEqualTo(new BigDecimal("5.00"));
        assertThat(results.get(2).detail()).contains("INCOME 完成50% 得0.00/40").contains("扣5.00");
        // the same data gives the same result
        assertThat(Scorer.score(ScoringSheet.parse(SHEET), units)).isEqualTo(results);
    }

    @Test
    void aUnitWithoutTargetsIsNotScoredAndTiesGoByCode() {
        List<Scorer.Result> results = Scorer.score(ScoringSheet.parse(SHEET), List.of(
                new Scorer.Unit("Z", "无目标县", Map.of(), Map.of(), 0),
                new Scorer.Unit("Y", "乙", Map.of("TRANSFER", 100L), Map.of("TRANSFER", 1L), 0),
                new Scorer.Unit("X", "甲", Map.of("TRANSFER", 100L), Map.of("TRANSFER", 1L), 0)));
        assertThat(results).extracting(Scorer.Result::code).containsExactly("X", "Y", "Z");
        assertThat(results.get(2).detail()).contains("没有下达目标");
        assertThat(results.get(2).completedAll()).isFalse();
    }

    @Test
    void aBadSheetIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ScoringSheet.parse("floor = 60")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("至少要给一项指标权重");
        assertThatThrownBy(() -> ScoringSheet.parse("weight.TRANSFER = 三十")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("应是数字");
        assertThatThrownBy(() -> ScoringSheet.parse("weight.TRANSFER = 30\nfloor = 120")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能超过100");
        assertThatThrownBy(() -> ScoringSheet.parse("weight.TRANSFER = -3")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("负数");
        assertThat(ScoringSheet.parse(ScoringSheet.DEFAULT).weights()).containsKeys("TRANSFER", "INCOME");
    }
}
