package cn.laowu.core.complaint;

import cn.laowu.core.calendar.OfficeHours;
import cn.laowu.core.calendar.WorkCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The time limits of complaint_deadline, most specific region first, turned into moments with
 * the working-day calendar. The legal ceilings are shown beside them, never enforced here.
 */
@Component
public class TimeLimits {

    /** 《关于实施〈劳动保障监察条例〉若干规定》第18条: accept within 5, investigate within 60 working days. */
    public static final int LEGAL_ACCEPT_DAYS = 5;
    public static final int LEGAL_INVESTIGATE_DAYS = 60;

    private final JdbcTemplate jdbc;
    private final WorkCalendar calendar;
    private final OfficeHours office;

    TimeLimits(JdbcTemplate jdbc, WorkCalendar calendar, OfficeHours office) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.office = office;
    }

    /** @param acceptHours when set, the accept limit in hours (urgent cases) */
    public record Limits(Integer acceptHours, int acceptDays, int answerDays, int concludeDays) {
    }

    public Limits of(ComplaintKind kind, boolean urgent, String regionPath) {
        List<Limits> found = jdbc.query("SELECT accept_hours, accept_days, answer_days, conclude_days FROM complaint_deadline "
                        + "WHERE kind = ? AND urgent = ? AND (region_path = '' OR ? LIKE CONCAT(region_path, '%')) "
                        + "ORDER BY LENGTH(region_path) DESC LIMIT 1",
                (rs, i) -> new Limits((Integer) rs.getObject("accept_hours"), rs.getInt("accept_days"),
                        rs.getInt("answer_days"), rs.getInt("conclude_days")),
                kind.name(), urgent, regionPath);
        return found.isEmpty() ? new Limits(urgent ? 2 : null, 1, 3, 15) : found.get(0);
    }

    /** When {@code stage} must be met, counted from {@code from}. */
    public LocalDateTime due(Limits limits, Stage stage, LocalDateTime from) {
        return switch (stage) {
            // Hours are office hours: at night nobody could act, and the case would climb unseen.
            case ACCEPT -> limits.acceptHours() != null ? office.plus(from, limits.acceptHours())
                    : calendar.deadline(from, limits.acceptDays());
            case ANSWER -> calendar.deadline(from, limits.answerDays());
            case CONCLUDE -> calendar.deadline(from, limits.concludeDays());
        };
    }

    /** When the responsible staff are warned: the start of the last day, or half an hour before a limit in hours. */
    public static LocalDateTime warnAt(LocalDateTime from, LocalDateTime due) {
        return Duration.between(from, due).compareTo(Duration.ofHours(24)) <= 0 ? due.minusMinutes(30) : due.minusHours(24);
    }

    /** Working days from one moment's day (excluded) to another's (included), days as lived in China. */
    public int workingDaysBetween(LocalDateTime fromUtc, LocalDateTime toUtc) {
        return calendar.workingDaysBetween(WorkCalendar.chinaDay(fromUtc), WorkCalendar.chinaDay(toUtc));
    }

    /** Moves a deadline on by {@code workingDays} (a pause of the clock). */
    public LocalDateTime shift(LocalDateTime due, int workingDays) {
        return workingDays <= 0 ? due : calendar.deadline(due.minusSeconds(1), workingDays);
    }
}
