package cn.laowu.core.calendar;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Working days as the official calendar has them, 调休 included: a weekday is a working day
 * unless the table says it is a holiday; a weekend day is not, unless the table says it is worked.
 * The few hundred exception rows are held in memory and re-read every few minutes, so an admin's
 * change on another instance reaches this one soon without a query per date.
 */
@Service
public class WorkCalendar {

    private static final Duration REFRESH = Duration.ofMinutes(5);
    /** A deadline never lies further than this; a calendar that would need more is broken. */
    private static final int MAX_SCAN_DAYS = 3660;

    private final CalendarDayMapper days;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Map<LocalDate, Boolean> exceptions;
    private volatile Instant loadedAt = Instant.EPOCH;

    public WorkCalendar(CalendarDayMapper days, AuditLog audit, Clock clock) {
        this.days = days;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions().get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** A day the calendar names a rest day (法定节假日, 调休 rest), weekday or not: a course's schedule skips it. */
    public boolean isHoliday(LocalDate day) {
        return Boolean.FALSE.equals(exceptions().get(day));
    }

    /** The {@code n}th working day after {@code day} (not counting {@code day} itself). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate current = day;
        int counted = 0;
        for (int scanned = 0; counted < n; scanned++) {
            if (scanned > MAX_SCAN_DAYS) {
                throw new IllegalStateException("No working day within ten years of " + day);
            }
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /**
     * "Within n working days" of a moment (UTC): the end, in China, of the nth working day after the
     * day it happened, returned in UTC as all stored times are.
     */
    public LocalDateTime deadline(LocalDateTime utc, int workingDays) {
        LocalDate last = plusWorkingDays(chinaDay(utc), workingDays);
        return last.plusDays(1).atStartOfDay(ChinaTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** Working days in (from, to]: how far the clock must move on after a pause. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public static LocalDate chinaDay(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    /** The exceptions of a year, for the admins' page. */
    public List<CalendarDay> year(int year) {
        return days.selectList(new LambdaQueryWrapper<CalendarDay>()
                .ge(CalendarDay::getDay, LocalDate.of(year, 1, 1)).lt(CalendarDay::getDay, LocalDate.of(year + 1, 1, 1))
                .orderByAsc(CalendarDay::getDay));
    }

    /** Sets a day as a holiday or a worked (调休) day; {@code working} null drops the exception. */
    @Transactional
    public void set(Actor actor, LocalDate day, Boolean working, String note) {
        if (day == null) {
            throw new RuleViolation("请选择日期。");
        }
        CalendarDay existing = days.selectById(day);
        String before = existing == null ? null : describe(existing);
        if (working == null) {
            days.deleteById(day);
        } else {
            CalendarDay row = new CalendarDay();
            row.setDay(day);
            row.setWorking(working);
            row.setNote(Text.required(note, "说明(如 春节、国庆调休上班)", 32));
            row.setUpdatedBy(actor.username());
            row.setUpdatedAt(LocalDateTime.now(clock));
            if (existing == null) {
                days.insert(row);
            } else {
                days.updateById(row);
            }
        }
        audit.record(actor, "CALENDAR", "work_calendar", day, before,
                working == null ? null : (working ? "上班 " : "放假 ") + Text.blankToNull(note));
        forget();
    }

    /**
     * The year's whole list at once (the State Council's notice): it replaces that year's
     * exceptions, in one transaction and one audit record.
     */
    @Transactional
    public int replaceYear(Actor actor, int year, String text) {
        List<HolidayList.Day> list = HolidayList.parse(year, text);
        List<CalendarDay> before = year(year);
        days.delete(new LambdaQueryWrapper<CalendarDay>().ge(CalendarDay::getDay, LocalDate.of(year, 1, 1))
                .lt(CalendarDay::getDay, LocalDate.of(year + 1, 1, 1)));
        LocalDateTime now = LocalDateTime.now(clock);
        for (HolidayList.Day d : list) {
            CalendarDay row = new CalendarDay();
            row.setDay(d.day());
            row.setWorking(d.working());
            row.setNote(d.note());
            row.setUpdatedBy(actor.username());
            row.setUpdatedAt(now);
            days.insert(row);
        }
        long off = list.stream().filter(d -> !d.working()).count();
        audit.record(actor, "CALENDAR_YEAR", "work_calendar", year, before.size() + " 条",
                off + " 天放假," + (list.size() - off) + " 天调休上班");
        forget();
        return list.size();
    }

    /**
     * From 1 November, the next year whose holidays nobody has entered yet (its deadlines would count
     * 元旦 and 春节 as working days); empty otherwise.
     */
    public java.util.Optional<Integer> nextYearMissing() {
        LocalDate today = ChinaTime.today(clock);
        int next = today.getYear() + 1;
        if (today.getMonthValue() < 11) {
            return java.util.Optional.empty();
        }
        boolean entered = days.exists(new LambdaQueryWrapper<CalendarDay>().ge(CalendarDay::getDay, LocalDate.of(next, 1, 1))
                .lt(CalendarDay::getDay, LocalDate.of(next + 1, 1, 1)).eq(CalendarDay::getWorking, false));
        return entered ? java.util.Optional.empty() : java.util.Optional.of(next);
    }

    /** Makes the next question read the table again (after a change made here or by a test). */
    public void forget() {
        loadedAt = Instant.EPOCH;
    }

    private Map<LocalDate, Boolean> exceptions() {
        Instant now = clock.instant();
        if (exceptions == null || loadedAt.plus(REFRESH).isBefore(now)) {
            Map<LocalDate, Boolean> loaded = new TreeMap<>();
            for (CalendarDay day : days.selectList(null)) {
                loaded.put(day.getDay(), Boolean.TRUE.equals(day.getWorking()));
            }
            exceptions = loaded;
            loadedAt = now;
        }
        return exceptions;
    }

    private static String describe(CalendarDay day) {
        return (Boolean.TRUE.equals(day.getWorking()) ? "上班 " : "放假 ") + day.getNote();
    }
}
