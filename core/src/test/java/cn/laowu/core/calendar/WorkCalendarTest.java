package cn.laowu.core.calendar;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.MutableClock;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days with 法定节假日 and 调休 from the table, and the cache that reads the injected clock. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class WorkCalendarTest {

    /** A year no other test touches, so the exceptions set here are the only ones. */
    private static final LocalDate TUESDAY = LocalDate.of(2091, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    private static final LocalDate HOLIDAY = TUESDAY.plusDays(1);
    private static final LocalDate WORKED_SATURDAY = TUESDAY.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));

    @Autowired
    WorkCalendar calendar;
    @Autowired
    CalendarDayMapper days;
    @Autowired
    AuditLog audit;

    private final Actor admin = Actor.system();

    @AfterEach
    void dropTheExceptions() {
        calendar.set(admin, HOLIDAY, null, null);
        calendar.set(admin, WORKED_SATURDAY, null, null);
    }

    @Test
    void aHolidayIsSkippedAndA调休SaturdayCounts() {
        calendar.set(admin, HOLIDAY, false, "测试假日");
        calendar.set(admin, WORKED_SATURDAY, true, "测试调休");

        assertThat(calendar.isHoliday(HOLIDAY)).isTrue();
        assertThat(calendar.isWorkingDay(HOLIDAY)).isFalse();
        assertThat(calendar.isWorkingDay(WORKED_SATURDAY)).isTrue();
        assertThat(calendar.plusWorkingDays(TUESDAY, 1)).as("the holiday skipped").isEqualTo(TUESDAY.plusDays(2));
        assertThat(calendar.plusWorkingDays(TUESDAY, 4)).as("Thu, Fri, the worked Saturday, Monday")
                .isEqualTo(WORKED_SATURDAY.plusDays(2));
        assertThat(calendar.workingDaysBetween(TUESDAY, WORKED_SATURDAY)).isEqualTo(3);
        assertThat(calendar.year(2091)).extracting(CalendarDay::getDay).containsExactly(HOLIDAY, WORKED_SATURDAY);
    }

    @Test
    void anotherInstancesChangeIsReadAfterFiveMinutesOnTheInjectedClock() {
        MutableClock clock = new MutableClock();
        clock.setChina(LocalDateTime.of(2091, 8, 1, 9, 0));
        WorkCalendar otherInstance = new WorkCalendar(days, audit, clock);
        assertThat(otherInstance.isWorkingDay(HOLIDAY)).isTrue();

        calendar.set(admin, HOLIDAY, false, "测试假日");
        assertThat(otherInstance.isWorkingDay(HOLIDAY)).as("still cached").isTrue();
        clock.setChina(LocalDateTime.of(2091, 8, 1, 9, 6));
        assertThat(otherInstance.isWorkingDay(HOLIDAY)).as("read again after five minutes").isFalse();
    }
}
