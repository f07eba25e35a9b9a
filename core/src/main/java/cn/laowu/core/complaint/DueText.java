package cn.laowu.core.complaint;

import cn.laowu.core.support.ChinaTime;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A deadline as everyone reads it, worker and clerk alike: a limit in working days ends at the
 * midnight after its last day, and is shown as that last day ("12月8日", the day included); a
 * limit in office hours is shown with its hour ("12月8日 10:00前").
 */
public final class DueText {

    private DueText() {
    }

    public static String of(LocalDateTime utcDue) {
        if (utcDue == null) {
            return "—";
        }
        LocalDateTime china = utcDue.atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
        if (china.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            LocalDateTime last = china.minusDays(1);
            return last.getMonthValue() + "月" + last.getDayOfMonth() + "日";
        }
        return china.getMonthValue() + "月" + china.getDayOfMonth() + "日 "
                + String.format("%02d:%02d", china.getHour(), china.getMinute()) + "前";
    }
}
