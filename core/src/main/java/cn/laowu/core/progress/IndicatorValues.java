package cn.laowu.core.progress;

import cn.laowu.core.target.Indicator;

/**
 * An indicator's figure from a region's totals, in its unit × 100 (persons × 100, 万元 with two
 * decimals, percent with two decimals); null when it cannot be computed (a rate with nothing to divide).
 */
public final class IndicatorValues {

    private IndicatorValues() {
    }

    public static Long actualX100(String code, Totals t) {
        return switch (code) {
            case "TRANSFER" -> t.transfer() * 100;
            case "TRANSFER_OUT" -> t.get(Measure.TRANSFER_OUT) * 100;
            case "TRANSFER_PROVINCE" -> t.get(Measure.TRANSFER_PROVINCE) * 100;
            case "TRANSFER_COUNTY" -> t.get(Measure.TRANSFER_COUNTY) * 100;
            case "TRANSFER_POOR" -> t.get(Measure.TRANSFER_POOR) * 100;
            case "STABLE" -> t.get(Measure.STABLE) * 100;
            case "TRAINED" -> t.get(Measure.TRAINED) * 100;
            case "TRAINED_EMPLOYED" -> t.get(Measure.TRAINED_EMPLOYED) * 100;
            case "INCOME" -> t.incomeWanX100();
            case "COMPLAINT_ON_TIME" -> rate(t.get(Measure.COMPLAINTS_ON_TIME), t.get(Measure.COMPLAINTS_DUE));
            case "CARD_UPDATE" -> rate(t.get(Measure.WORKERS_REVIEWED), t.get(Measure.WORKERS));
            default -> null;
        };
    }

    /** Completion in tenths of a percent of the target; null without a target or a figure. */
    public static Integer completionPermille(Long actualX100, Long target) {
        if (actualX100 == null || target == null) {
            return null;
        }
        if (target == 0) {
            return 1000;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.round(actualX100 * 10.0 / target));
    }

    /**
     * Completion the indicator's way round. Lower is better (a ceiling, say 欠薪案件数): 100% at the
     * target, a point more for each percent under it, a point less for each percent over it, never
     * below 0 — so a lower figure always ranks higher, and a figure of 0 is 200%. A ceiling of 0 is
     * met (100%) only by 0.
     */
    public static Integer completionPermille(Indicator indicator, Long actualX100, Long target) {
        if (indicator.higherBetter() || actualX100 == null || target == null) {
            return completionPermille(actualX100, target);
        }
        if (target == 0) {
            return actualX100 == 0 ? 1000 : 0;
        }
        return (int) Math.max(0, 2000 - Math.round(actualX100 * 10.0 / target));
    }

    /**
     * 滞后: a count more than 10 points behind the time progress; a rate more than 10 points below
     * its target rate. Lower is better, the other way: a count that has used its ceiling more than
     * 10 points ahead of the time progress; a rate more than 10 points above its target.
     */
    public static boolean behind(Indicator indicator, Long actualX100, Long target, int timePermille) {
        if (actualX100 == null || target == null) {
            return false;
        }
        if (indicator.isRate()) {
            return indicator.higherBetter() ? actualX100 < (target - 10) * 100 : actualX100 > (target + 10) * 100;
        }
        Integer used = completionPermille(actualX100, target);
        return indicator.higherBetter() ? used < timePermille - 100 : target > 0 && used > timePermille + 100
                || target == 0 && actualX100 > 0;
    }

    /** "1,234" / "12.34" / "95.50%" from a value × 100. */
    public static String format(Indicator indicator, Long x100) {
        if (x100 == null) {
            return "—";
        }
        return switch (indicator.kind()) {
            case COUNT -> String.valueOf(x100 / 100);
            case MONEY -> String.format("%.2f", x100 / 100.0);
            case RATE -> String.format("%.1f%%", x100 / 100.0);
        };
    }

    private static Long rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole);
    }
}
