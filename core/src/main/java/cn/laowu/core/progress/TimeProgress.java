package cn.laowu.core.progress;

import cn.laowu.core.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** 时间进度: the share of the year's working days (the work calendar's, 调休 included) passed. */
@Component
public class TimeProgress {

    private final WorkCalendar calendar;

    public TimeProgress(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** Working days of the year up to and including {@code day}, in tenths of a percent of the year's. */
    public int permilleThrough(LocalDate day) {
        LocalDate start = LocalDate.of(day.getYear(), 1, 1).minusDays(1);
        int total = calendar.workingDaysBetween(start, LocalDate.of(day.getYear(), 12, 31));
        int passed = calendar.workingDaysBetween(start, day);
        return total == 0 ? 0 : (int) Math.round(1000.0 * passed / total);
    }

    /** At the end of a month: what a month's 调度 compares with. */
    public int permilleAtEndOf(int year, int month) {
        return permilleThrough(LocalDate.of(year, month, 1).plusMonths(1).minusDays(1));
    }
}
