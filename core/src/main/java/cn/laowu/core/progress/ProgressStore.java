package cn.laowu.core.progress;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.ChinaTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The monthly figures per home region (progress_month), rebuilt from the records each night and
 * before each 调度 snapshot; every page of the year (进度, 调度表, 报表, 考核) reads these rows and
 * never counts the worker and application tables itself.
 */
@Service
public class ProgressStore {

    private static final String COLUMNS = Arrays.stream(Measure.values()).map(Measure::column)
            .collect(Collectors.joining(", "));

    private final RecordCounts counts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ProgressStore(RecordCounts counts, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.counts = counts;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${laowu.year.refresh-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "progress-refresh", lockAtMostFor = "PT30M")
    public void nightly() {
        LocalDate today = ChinaTime.today(clock);
        refresh(today.getYear());
        if (today.getDayOfYear() <= 31) {
            refresh(today.getYear() - 1); // late records of December still arrive in January
        }
    }

    /** Rebuilds a year's rows from the records: the whole year when it is over, else up to this month. */
    public void refresh(int year) {
        LocalDate today = ChinaTime.today(clock);
        int lastMonth = year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue();
        Map<String, Totals[]> grid = lastMonth == 0 ? Map.of() : counts.count(year, lastMonth);
        String placeholders = String.join(", ", java.util.Collections.nCopies(Measure.values().length + 4, "?"));
        List<Object[]> rows = new ArrayList<>();
        grid.forEach((path, months) -> {
            for (int month = 1; month <= lastMonth; month++) {
                Object[] row = new Object[Measure.values().length + 4];
                row[0] = codeOf(path);
                row[1] = path;
                row[2] = year;
                row[3] = month;
                for (Measure measure : Measure.values()) {
                    row[4 + measure.ordinal()] = months[month].get(measure);
                }
                rows.add(row);
            }
        });
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM progress_month WHERE year = ?", year);
            for (int i = 0; i < rows.size(); i += 1000) {
                jdbc.batchUpdate("INSERT INTO progress_month (region_code, region_path, year, month, " + COLUMNS
                        + ") VALUES (" + placeholders + ")", rows.subList(i, Math.min(rows.size(), i + 1000)));
            }
        });
    }

    /**
     * The year to {@code month} of every region at or below {@code pathPrefix}, each region's own
     * rows summed into it and all its ancestors within the prefix: path → totals. One grouped query
     * over the monthly rows; an ancestor's totals are exactly the sum of its children's plus its own.
     */
    public Map<String, Totals> rollUp(int year, int month, String pathPrefix) {
        Map<String, Totals> byPath = new HashMap<>();
        StringBuilder select = new StringBuilder("SELECT region_path");
        for (Measure measure : Measure.values()) {
            select.append(measure.stock()
                    ? ", SUM(CASE WHEN month = ? THEN " + measure.column() + " ELSE 0 END)"
                    : ", SUM(" + measure.column() + ")");
        }
        List<Object> args = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            if (measure.stock()) {
                args.add(month);
            }
        }
        args.add(year);
        args.add(RegionScope.below(pathPrefix));
        args.add(month);
        jdbc.query(select + " FROM progress_month WHERE year = ? AND region_path LIKE ? AND month <= ? "
                + "GROUP BY region_path", rs -> {
            Totals own = new Totals();
            for (Measure measure : Measure.values()) {
                own.add(measure, rs.getLong(2 + measure.ordinal()));
            }
            String path = rs.getString(1);
            for (String ancestor : ancestors(path, pathPrefix)) {
                byPath.computeIfAbsent(ancestor, k -> new Totals()).addAll(own);
            }
        }, args.toArray());
        return byPath;
    }

    /** A region's own row before the rest: "/1/2/3/" within "/1/" → "/1/2/3/", "/1/2/", "/1/". */
    static List<String> ancestors(String path, String withinPrefix) {
        List<String> paths = new ArrayList<>();
        String current = path;
        while (current.length() >= withinPrefix.length()) {
            paths.add(current);
            int cut = current.lastIndexOf('/', current.length() - 2);
            if (cut <= 0) {
                break;
            }
            current = current.substring(0, cut + 1);
        }
        return paths;
    }

    static String codeOf(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
