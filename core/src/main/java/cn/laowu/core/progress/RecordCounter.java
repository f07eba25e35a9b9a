package cn.laowu.core.progress;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;

/**
 * A registration point: a feature counts its own records for the year's figures (placements,
 * follow-ups, training, complaints, worker cards), per home region and China month, as the
 * indicator definitions of migration V38 say, over its own tables; progress adds them up.
 */
public interface RecordCounter {

    /** Adds this feature's counts for {@code year}; stocks only to {@code lastMonth}. */
    void count(int year, int lastMonth, Grid grid);

    /** Region path → twelve months of totals. */
    interface Grid {
        Totals at(String path, int month);
    }

    /** A stored UTC time as China's: China keeps +08:00 all year, so "+ 8 hours" is exact. */
    static String china(String column) {
        return "DATE_ADD(" + column + ", INTERVAL 8 HOUR)";
    }

    /** A China day's start as the UTC time the tables store. */
    static Timestamp utc(LocalDate chinaDay) {
        return Timestamp.valueOf(chinaDay.atStartOfDay().minusHours(8));
    }

    /** Month counts ({@code [0]} = before the year) as running totals at each month's end. */
    static void cumulative(Grid grid, Map<String, long[]> byMonth, Measure measure, int lastMonth) {
        byMonth.forEach((path, counts) -> {
            long running = counts[0];
            for (int month = 1; month <= lastMonth; month++) {
                running += counts[month];
                grid.at(path, month).add(measure, running);
            }
        });
    }

    static int monthIndex(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }
}
