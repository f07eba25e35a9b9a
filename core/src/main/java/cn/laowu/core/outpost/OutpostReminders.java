package cn.laowu.core.outpost;

import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionSql;
import cn.laowu.core.support.ChinaTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The rhythm of 004 第十四、十五条, as reminders on the offices' 驻外机构 page: a 合作基地 not visited
 * for a quarter; a 州 that runs an outpost without a 会商 for half a year, a county for a quarter.
 * One reminder per subject and period (the row's unique key), however often the sweep runs.
 */
@Component
public class OutpostReminders {

    public record Reminder(String kind, String text, LocalDateTime createdAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public OutpostReminders(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${laowu.schedules.initial-delay:PT30S}",
            fixedDelayString = "${laowu.schedules.outpost-reminders:PT6H}")
    @SchedulerLock(name = "outpost-reminders", lockAtMostFor = "PT10M")
    public void run() {
        sweep(ChinaTime.today(clock));
    }

    /** @return how many reminders were written */
    public int sweep(LocalDate today) {
        int written = 0;
        String quarter = today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
        for (Map<String, Object> base : jdbc.queryForList("SELECT id, employer_name, owner_region_path, "
                + "COALESCE(last_visited_on, signed_on) since FROM cooperation_base "
                + "WHERE COALESCE(last_visited_on, signed_on) < ? AND (ends_on IS NULL OR ends_on >= ?)",
                Date.valueOf(today.minusMonths(3)), Date.valueOf(today))) {
            written += write("BASE_VISIT", base.get("id").toString(), quarter, (String) base.get("owner_region_path"),
                    "合作基地「" + base.get("employer_name") + "」已超过一个季度没有走访(上次 " + base.get("since") + ")。");
        }
        for (Map<String, Object> office : jdbc.queryForList("SELECT r.code, r.name, r.path, r.level, MIN(o.created_at) opened, "
                + "(SELECT MAX(c.held_on) FROM consultation c WHERE c.region_code = r.code) held FROM outpost o "
                + RegionSql.joinByCode("r", "o.parent_region_code") + " WHERE o.closed_at IS NULL GROUP BY r.code, r.name, r.path, r.level")) {
            boolean prefecture = RegionLevel.PREFECTURE.name().equals(office.get("level"));
            int months = prefecture ? 6 : 3;
            LocalDate since = day(office.get("held") != null ? office.get("held") : office.get("opened"));
            if (!since.isAfter(today.minusMonths(months))) {
                String period = prefecture ? today.getYear() + "H" + (today.getMonthValue() <= 6 ? 1 : 2) : quarter;
                written += write("CONSULTATION", (String) office.get("code"), period, (String) office.get("path"),
                        office.get("name") + (prefecture ? "每半年" : "每季度") + "要与输入地会商一次,上次 "
                                + (office.get("held") == null ? "还没有记录" : since.toString()) + "。");
            }
        }
        return written;
    }

    public List<Reminder> list(RegionScope scope) {
        return jdbc.query("SELECT kind, text, created_at FROM outpost_reminder WHERE region_path LIKE ? "
                        + "ORDER BY created_at DESC, id DESC LIMIT 50",
                (rs, i) -> new Reminder(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime()), scope.likePattern());
    }

    /** The driver gives DATE and DATETIME columns as java.time or java.sql types, depending on its settings. */
    private static LocalDate day(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    private int write(String kind, String subject, String period, String regionPath, String text) {
        return jdbc.update("INSERT IGNORE INTO outpost_reminder (kind, subject_id, period, region_path, text, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", kind, subject, period, regionPath, text, Timestamp.valueOf(LocalDateTime.now(clock)));
    }
}
