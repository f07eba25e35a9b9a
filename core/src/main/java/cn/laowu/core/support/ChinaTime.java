package cn.laowu.core.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Times are stored in UTC; days (end dates, follow-ups, "today") are the days people live in China. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
