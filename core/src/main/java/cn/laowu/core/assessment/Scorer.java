package cn.laowu.core.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores units on a {@link ScoringSheet}: a pure function of the figures, so a rerun on the same
 * data gives the same scores, ranks and amounts (ties broken by region code, exact decimals).
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorer() {
    }

    /**
     * A unit's year: figures (× 100) and targets by indicator code, complaints concluded late.
     *
     * @param lowerBetter the indicators whose target is a ceiling (越低越好)
     */
    public record Unit(String code, String name, Map<String, Long> actualX100, Map<String, Long> targets,
                       long lateComplaints, Set<String> lowerBetter) {

        public Unit(String code, String name, Map<String, Long> actualX100, Map<String, Long> targets,
                    long lateComplaints) {
            this(code, name, actualX100, targets, lateComplaints, Set.of());
        }
    }

    public enum Outcome {
        PRAISE("表彰"),
        INTERVIEW("约谈"),
        NO_HONOURS("约谈,取消评先评优");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** score and deduction in points with two decimals; detail says how each point was earned. */
    public record Result(String code, String name, BigDecimal score, BigDecimal deduction, int rank,
                         boolean completedAll, Outcome outcome, long awardFen, String detail) {
    }

    public static List<Result> score(ScoringSheet sheet, List<Unit> units) {
        List<Draft> drafts = new ArrayList<>();
        for (Unit unit : units) {
            drafts.add(draft(sheet, unit));
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.score).reversed().thenComparing(d -> d.unit.code()));
        long[] awards = awards(sheet, drafts);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Outcome outcome = d.completedAll ? Outcome.PRAISE
                    : d.score.compareTo(sheet.noHonoursBelow()) < 0 ? Outcome.NO_HONOURS : Outcome.INTERVIEW;
            results.add(new Result(d.unit.code(), d.unit.name(), d.score, d.deduction, i + 1, d.completedAll, outcome,
                    awards[i], d.detail));
        }
        return results;
    }

    private static Draft draft(ScoringSheet sheet, Unit unit) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        boolean completedAll = true;
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, BigDecimal> weight : sheet.weights().entrySet()) {
            Long target = unit.targets().get(weight.getKey());
            if (target == null || weight.getValue().signum() == 0) {
                continue;
            }
            Long actual = unit.actualX100().get(weight.getKey());
            BigDecimal completion = completion(actual, target, unit.lowerBetter().contains(weight.getKey()));
            completedAll &= completion.compareTo(HUNDRED) >= 0;
            BigDecimal counted = completion.compareTo(sheet.floor()) < 0 ? BigDecimal.ZERO : completion.min(sheet.cap());
            BigDecimal points = weight.getValue().multiply(counted).divide(HUNDRED, 4, RoundingMode.HALF_UP);
            earned = earned.add(points);
            weights = weights.add(weight.getValue());
            detail.append(weight.getKey()).append(" 完成").append(completion.stripTrailingZeros().toPlainString())
                    .append("% 得").append(points.setScale(2, RoundingMode.HALF_UP).toPlainString()).append("/")
                    .append(weight.getValue().toPlainString()).append(";");
        }
        BigDecimal base = weights.signum() == 0 ? BigDecimal.ZERO
                : earned.multiply(HUNDRED).divide(weights, 2, RoundingMode.HALF_UP);
        BigDecimal deduction = sheet.perLateComplaint().multiply(BigDecimal.valueOf(unit.lateComplaints()))
                .min(sheet.maxDeduction()).setScale(2, RoundingMode.HALF_UP);
        if (deduction.signum() > 0) {
            detail.append("超期办结投诉").append(unit.lateComplaints()).append("件 扣").append(deduction.toPlainString())
                    .append(";");
        }
        BigDecimal score = base.subtract(deduction).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        boolean any = weights.signum() > 0;
        return new Draft(unit, score, deduction, any && completedAll,
                any ? detail.toString() : "没有下达目标,不计分;");
    }

    /**
     * Percent of the target, two decimals. A ceiling (lower is better) the way the 调度表 reads it:
     * 100 at the target, 200 minus the percent used, never below 0; a ceiling of 0 met only by 0.
     */
    static BigDecimal completion(Long actualX100, long target, boolean lowerBetter) {
        if (actualX100 == null) {
            return BigDecimal.ZERO;
        }
        if (target == 0) {
            return !lowerBetter || actualX100 == 0 ? HUNDRED : BigDecimal.ZERO;
        }
        BigDecimal used = BigDecimal.valueOf(actualX100).divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
        return lowerBetter ? HUNDRED.add(HUNDRED).subtract(used).max(BigDecimal.ZERO) : used;
    }

    /** The pool by (score − base), in whole steps; the steps left over go one each down the ranking. */
    private static long[] awards(ScoringSheet sheet, List<Draft> ranked) {
        long[] awards = new long[ranked.size()];
        BigDecimal[] shares = new BigDecimal[ranked.size()];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < ranked.size(); i++) {
            shares[i] = ranked.get(i).score.subtract(sheet.awardBase()).max(BigDecimal.ZERO);
            total = total.add(shares[i]);
        }
        if (total.signum() == 0) {
            return awards;
        }
        long steps = sheet.poolFen() / sheet.stepFen();
        long given = 0;
        for (int i = 0; i < ranked.size(); i++) {
            long share = BigDecimal.valueOf(steps).multiply(shares[i]).divide(total, 0, RoundingMode.DOWN).longValue();
            awards[i] = share * sheet.stepFen();
            given += share;
        }
        for (int i = 0; given < steps; i = (i + 1) % ranked.size()) {
            if (shares[i].signum() > 0) {
                awards[i] += sheet.stepFen();
                given++;
            }
        }
        return awards;
    }

    private record Draft(Unit unit, BigDecimal score, BigDecimal deduction, boolean completedAll, String detail) {
    }
}
