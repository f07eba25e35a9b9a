package cn.laowu.core.stats;

import cn.laowu.core.region.RegionScope;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one feature adds to the dashboard: its figures and monthly series for a region and below.
 * Each feature provides a bean; a feature that is not built has no bean, so nothing is shown
 * for it rather than a made-up zero.
 */
public interface DashboardFigures {

    /**
     * Which feature's work the figures count (workers, placement, training, allowances, complaints,
     * outposts): the console shows each role only the figures of the work it may open.
     */
    default String feature() {
        return "other";
    }

    /** Where the feature's tiles go among the others (lower first). */
    int order();

    List<Figure> figures(RegionScope scope, Year year);

    default List<Series> monthly(RegionScope scope, Year year) {
        return List.of();
    }

    /**
     * Counts the feature's aggregate again from its records, set-based: for after a bulk load that
     * wrote records past the services (the benchmark's, the demo's); the services keep it otherwise.
     */
    default void rebuild() {
    }

    /** @param source what the figure is counted from */
    record Figure(String key, String label, String unit, long value, String source) {
    }

    /** Twelve values, January first. */
    record Series(String label, List<Long> monthly) {
    }

    /** Counts by month (1-12) into a list of twelve values. */
    static List<Long> twelve(Map<Integer, Long> byMonth) {
        List<Long> values = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            values.add(byMonth.getOrDefault(month, 0L));
        }
        return values;
    }
}
