package cn.laowu.core.progress;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.calendar.WorkCalendar;
import cn.laowu.core.support.ChinaTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Takes last month's 调度 on the configured day of the month (laowu.year.dispatch-day, default the
 * 5th; when that is not a working day, the next working day), once across the cluster.
 */
@Component
public class DispatchSchedule {

    private static final Logger log = LoggerFactory.getLogger(DispatchSchedule.class);

    private final DispatchSnapshots snapshots;
    private final WorkCalendar calendar;
    private final Clock clock;
    private final int dayOfMonth;

    public DispatchSchedule(DispatchSnapshots snapshots, WorkCalendar calendar, Clock clock,
                            @Value("${laowu.year.dispatch-day:5}") int dayOfMonth) {
        if (dayOfMonth < 1 || dayOfMonth > 28) {
            throw new IllegalArgumentException("laowu.year.dispatch-day must be 1-28, was " + dayOfMonth);
        }
        this.snapshots = snapshots;
        this.calendar = calendar;
        this.clock = clock;
        this.dayOfMonth = dayOfMonth;
    }

    @Scheduled(cron = "${laowu.year.dispatch-cron:0 0 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "dispatch-snapshot", lockAtMostFor = "PT1H")
    public void run() {
        takeIfDue(ChinaTime.today(clock));
    }

    /** @return whether a snapshot was taken for the month before {@code today} */
    public boolean takeIfDue(LocalDate today) {
        if (today.isBefore(dispatchDay(today.getYear(), today.getMonthValue()))) {
            return false;
        }
        LocalDate reported = today.withDayOfMonth(1).minusMonths(1);
        if (snapshots.find(reported.getYear(), reported.getMonthValue()).isPresent()) {
            return false;
        }
        snapshots.take(Actor.system(), reported.getYear(), reported.getMonthValue());
        log.info("调度 of {}-{} taken", reported.getYear(), reported.getMonthValue());
        return true;
    }

    /** The configured day of the month, moved on to the next working day when it is not one. */
    public LocalDate dispatchDay(int year, int month) {
        LocalDate day = LocalDate.of(year, month, dayOfMonth);
        return calendar.isWorkingDay(day) ? day : calendar.plusWorkingDays(day, 1);
    }
}
