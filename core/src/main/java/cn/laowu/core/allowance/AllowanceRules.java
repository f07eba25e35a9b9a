package cn.laowu.core.allowance;

import cn.laowu.core.worker.WorkArea;

import java.util.Arrays;
import java.util.List;

/** The arithmetic of a policy, all figures from its row: nothing here knows a region's numbers. */
public final class AllowanceRules {

    private AllowanceRules() {
    }

    /** The cap for a destination tier, or null when the policy pays nothing for it (县内 never pays). */
    public static Long cap(AllowancePolicy policy, WorkArea area) {
        if (area == null) {
            return null;
        }
        return switch (area) {
            case OUT_OF_PROVINCE -> policy.getCapOutProvinceFen();
            case IN_PROVINCE -> policy.getCapInProvinceFen();
            case IN_PREFECTURE -> policy.getCapInPrefectureFen();
            case IN_COUNTY -> null;
        };
    }

    /**
     * What the rules give, in fen.
     *
     * @param costFen the actual cost (CAPPED_COST), else ignored
     * @param days    days attended (PER_DAY), else ignored
     */
    public static long amount(AllowancePolicy policy, WorkArea area, Long costFen, int days) {
        return switch (policy.getComputation()) {
            case FIXED, PER_STABLE_PERSON -> policy.getAmountFen();
            case PER_DAY -> policy.getAmountFen() * Math.max(0, days);
            // From the standards catalogue, not the row: see allowance.training.TrainingSubsidyRules.
            case STANDARD -> 0;
            case CAPPED_COST -> {
                Long cap = cap(policy, area);
                yield cap == null || costFen == null ? 0 : Math.min(Math.max(0, costFen), cap);
            }
        };
    }

    public static List<EvidenceKind> evidence(AllowancePolicy policy) {
        return Arrays.stream(policy.getEvidence().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(EvidenceKind::valueOf).toList();
    }

    /** 400 元, 12.50 元 */
    public static String yuan(long fen) {
        return fen % 100 == 0 ? fen / 100 + "元" : String.format("%d.%02d元", fen / 100, fen % 100);
    }
}
