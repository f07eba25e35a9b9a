package cn.laowu.core.progress;

import java.util.Arrays;

/** The measures of one region for a year to a month: flows summed, stocks at the month's end. */
public final class Totals {

    private final long[] values = new long[Measure.values().length];

    public long get(Measure measure) {
        return values[measure.ordinal()];
    }

    public void add(Measure measure, long value) {
        values[measure.ordinal()] += value;
    }

    public void addAll(Totals other) {
        for (int i = 0; i < values.length; i++) {
            values[i] += other.values[i];
        }
    }

    public long transfer() {
        return get(Measure.TRANSFER_OUT) + get(Measure.TRANSFER_PROVINCE) + get(Measure.TRANSFER_COUNTY);
    }

    /** 劳务收入 in 万元 × 100 (two decimals): 1 万元 is 1,000,000 fen. */
    public long incomeWanX100() {
        return Math.round(get(Measure.INCOME_FEN) / 10_000.0);
    }

    /** Share of placements in work with a wage on record, in percent; null when nobody is in work. */
    public Long wageCoveragePercent() {
        long inWork = get(Measure.IN_WORK);
        return inWork == 0 ? null : Math.round(100.0 * get(Measure.IN_WORK_WITH_WAGE) / inWork);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Totals t && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
