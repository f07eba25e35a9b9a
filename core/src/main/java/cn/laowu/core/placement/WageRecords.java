package cn.laowu.core.placement;

import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.job.JobSql;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.RecordPage;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-ups behind 劳务收入: every placement of this or last year with a wage on record, the
 * latest wage × its months in work from January to the month asked, as progress estimates it (in
 * work from the month of 上岗, at most 12 months, until the month before a follow-up found the worker
 * gone). Read-only, for the drill-down; computed per unit, so it reads that unit's placements only, by
 * the home region kept on the application (V75); names and jobs are read for the page's rows only.
 */
@Service
public class WageRecords {

    private final JdbcTemplate jdbc;

    public WageRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Placements adding to the unit's income to the end of {@code month}; totalFen is the income in fen. */
    public RecordPage earning(String pathPrefix, int year, int month, int offset, int size) {
        // first every placement's wage and months from the indexes alone (V75), then names for the page
        List<Earning> all = new ArrayList<>();
        long[] sum = {0};
        jdbc.query("SELECT " + ApplicationSql.ID + " id, " + ApplicationSql.PLACED_AT + " placed_at, "
                + "(SELECT f.monthly_wage_fen FROM follow_up f WHERE f.application_id = " + ApplicationSql.ID + " "
                + "AND f.monthly_wage_fen IS NOT NULL ORDER BY f.month_no DESC LIMIT 1) wage, "
                + "(SELECT MIN(f.due_on) FROM follow_up f WHERE f.application_id = " + ApplicationSql.ID + " AND f.still_employed = 0) left_on "
                + "FROM " + ApplicationSql.FROM + " WHERE " + ApplicationSql.HOME_PATH + " LIKE ? AND " + ApplicationSql.PLACED_BETWEEN
                + " ORDER BY " + ApplicationSql.PLACED_AT + ", " + ApplicationSql.ID, rs -> {
            long wage = rs.getLong("wage");
            if (rs.wasNull()) {
                return;
            }
            LocalDate placed = rs.getObject("placed_at", LocalDateTime.class).plusHours(8).toLocalDate();
            LocalDate leftOn = rs.getObject("left_on", LocalDate.class);
            int first = index(placed);
            int last = first + 11;
            if (leftOn != null) {
                last = Math.min(last, index(leftOn) - 1);
            }
            int months = Math.max(0, Math.min(last, year * 12 + month - 1) - Math.max(first, year * 12) + 1);
            if (months == 0) {
                return;
            }
            sum[0] += wage * months;
            all.add(new Earning(rs.getLong("id"), placed, wage, months));
        }, RegionScope.below(pathPrefix), utc(LocalDate.of(year - 1, 1, 1)), utc(LocalDate.of(year + 1, 1, 1)));
        List<Earning> page = all.subList(Math.min(all.size(), Math.max(0, offset)),
                Math.min(all.size(), Math.max(0, offset) + Math.max(1, size)));
        List<RecordPage.Line> lines = new ArrayList<>();
        if (!page.isEmpty()) {
            Map<Long, String[]> who = new HashMap<>();
            jdbc.query("SELECT " + ApplicationSql.ID + ", " + WorkerSql.NAME + ", " + WorkerSql.ID_NUMBER_MASKED + ", "
                    + JobSql.TITLE + " FROM " + ApplicationSql.FROM + " " + WorkerSql.join(ApplicationSql.WORKER_ID) + " "
                    + JobSql.join(ApplicationSql.JOB_ID) + " WHERE " + ApplicationSql.ID + " IN ("
                    + String.join(", ", Collections.nCopies(page.size(), "?")) + ")", rs -> {
                who.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3), rs.getString(4)});
            }, page.stream().map(Earning::id).toArray());
            for (Earning e : page) {
                String[] w = who.get(e.id());
                lines.add(new RecordPage.Line(e.id(), w[0], w[1], e.placed(),
                        w[2] + " · 月工资" + e.wage() / 100 + "元 × " + e.months() + "个月", e.wage() * e.months(), null));
            }
        }
        return new RecordPage(lines, all.size(), sum[0]);
    }

    private record Earning(long id, LocalDate placed, long wage, int months) {
    }

    private static int index(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    private static Timestamp utc(LocalDate chinaDay) {
        return Timestamp.valueOf(chinaDay.atStartOfDay().minusHours(8));
    }
}
