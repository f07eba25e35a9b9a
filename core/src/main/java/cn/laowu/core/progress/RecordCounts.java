package cn.laowu.core.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a year's figures from the records themselves, per home region and month: each feature
 * counts its own ({@link RecordCounter}), so a change to its tables is adapted in its own package.
 */
@Component
class RecordCounts {

    private static final Logger log = LoggerFactory.getLogger(RecordCounts.class);

    private final List<RecordCounter> counters;

    RecordCounts(List<RecordCounter> counters) {
        this.counters = counters;
    }

    /** Region path → month (1-12) → totals of that month; stocks only to {@code lastMonth}. */
    Map<String, Totals[]> count(int year, int lastMonth) {
        Map<String, Totals[]> cells = new HashMap<>();
        RecordCounter.Grid grid = (path, month) -> cells.computeIfAbsent(path, k -> {
            Totals[] fresh = new Totals[13];
            for (int i = 1; i <= 12; i++) {
                fresh[i] = new Totals();
            }
            return fresh;
        })[month];
        StringBuilder times = new StringBuilder();
        for (RecordCounter counter : counters) {
            long started = System.nanoTime();
            counter.count(year, lastMonth, grid);
            times.append(' ').append(counter.getClass().getSimpleName()).append(' ')
                    .append((System.nanoTime() - started) / 1_000_000).append(" ms");
        }
        // each part's time, so a slow rebuild says which records grew
        log.info("Counted {} to month {}:{}", year, lastMonth, times);
        return cells;
    }
}
