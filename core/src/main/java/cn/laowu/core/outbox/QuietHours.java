package cn.laowu.core.outbox;

import cn.laowu.core.support.ChinaTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalTime;

/**
 * Nights when no broadcast goes out (workers sleep in dormitories; a 2 a.m. job notice is spam),
 * China time. Single notices about the worker's own business still go.
 */
@Component
public class QuietHours {

    private final LocalTime from;
    private final LocalTime until;

    public QuietHours(@Value("${laowu.outbox.quiet-from:22:00}") LocalTime from,
                      @Value("${laowu.outbox.quiet-until:07:00}") LocalTime until) {
        this.from = from;
        this.until = until;
    }

    /** The moment itself outside quiet hours, else the moment they end. */
    public Instant endOf(Instant at) {
        if (!isQuiet(at)) {
            return at;
        }
        java.time.ZonedDateTime china = at.atZone(ChinaTime.ZONE);
        java.time.ZonedDateTime end = china.with(until);
        return (end.isBefore(china) ? end.plusDays(1) : end).toInstant();
    }

    public boolean isQuiet(Instant at) {
        LocalTime time = at.atZone(ChinaTime.ZONE).toLocalTime();
        return from.isAfter(until) ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
    }
}
