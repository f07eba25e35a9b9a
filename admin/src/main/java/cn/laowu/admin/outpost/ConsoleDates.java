package cn.laowu.admin.outpost;

import cn.laowu.core.support.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates typed into a form ("2026-03-01"): a wrong one comes back with the field's name, not an error page. */
final class ConsoleDates {

    private ConsoleDates() {
    }

    static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field + "格式不对,请按 2026-03-01 这样填写。");
        }
    }

    /** A count typed into a form; blank is null (the service says it is missing). */
    static Integer count(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field + "要填数字。");
        }
    }
}
