package cn.laowu.core.calendar;

import cn.laowu.core.support.ChinaTime;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The hours an office is staffed, on the working days of the {@link WorkCalendar}. A limit "in
 * hours" (an urgent case must be accepted within 2 hours) counts only these: a case filed at
 * 03:36 starts its clock when the office opens, so it cannot climb to the 州 before anyone is
 * there to act on it.
 */
@Component
public class OfficeHours {

    /** 乡镇社会保障站 and 县人社局 keep roughly these hours; a lunch break is not subtracted (someone is on duty). */
    public static final LocalTime OPENS = LocalTime.of(8, 0);
    public static final LocalTime CLOSES = LocalTime.of(18, 0);

    private final WorkCalendar calendar;

    public OfficeHours(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** {@code hours} office hours after a moment (UTC in, UTC out). */
    public LocalDateTime plus(LocalDateTime utc, int hours) {
        LocalDateTime at = open(toChina(utc));
        Duration left = Duration.ofHours(hours);
        while (true) {
            Duration rest = Duration.between(at.toLocalTime(), CLOSES);
            if (left.compareTo(rest) <= 0) {
                return toUtc(at.plus(left));
            }
            left = left.minus(rest);
            at = open(at.toLocalDate().plusDays(1).atTime(OPENS));
        }
    }

    /** Whether an office is open at this moment (UTC). */
    public boolean isOpen(LocalDateTime utc) {
        LocalDateTime china = toChina(utc);
        return open(china).equals(china) && china.toLocalTime().isBefore(CLOSES);
    }

    /** The moment itself when the office is open then, else when it next opens (UTC in, UTC out). */
    public LocalDateTime nextOpen(LocalDateTime utc) {
        return toUtc(open(toChina(utc)));
    }

    /** The same moment in office time, or the next opening after it (China time). */
    private LocalDateTime open(LocalDateTime china) {
        LocalDate day = china.toLocalDate();
        LocalTime time = china.toLocalTime();
        if (time.isBefore(OPENS)) {
            time = OPENS;
        } else if (!time.isBefore(CLOSES)) {
            day = day.plusDays(1);
            time = OPENS;
        }
        if (!calendar.isWorkingDay(day)) {
            day = calendar.plusWorkingDays(day, 1);
            time = OPENS;
        }
        return day.atTime(time);
    }

    private static LocalDateTime toChina(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
    }

    private static LocalDateTime toUtc(LocalDateTime china) {
        return china.atZone(ChinaTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
