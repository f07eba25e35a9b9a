package cn.laowu.admin.job;

import cn.laowu.core.application.Appointment;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** The time, place and what to bring as a form carries them (a datetime-local field, China time). */
final class AppointmentInput {

    private AppointmentInput() {
    }

    /** Null when all three are left empty (a move without an appointment); else checked. */
    static Appointment parse(String at, String place, String bring, Clock clock) {
        if (blank(at) && blank(place) && blank(bring)) {
            return null;
        }
        LocalDateTime time = null;
        if (!blank(at)) {
            try {
                time = LocalDateTime.parse(at.trim().replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                throw new RuleViolation("时间要写成日期和几点,如 2026-12-03 09:00。");
            }
        }
        return Appointment.checked(time, place, bring, LocalDateTime.now(clock.withZone(ChinaTime.ZONE)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
