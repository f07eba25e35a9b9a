package cn.laowu.bot.flow.complaint;

import cn.laowu.core.complaint.ComplaintKind;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The complaint dialog's answers as the dialog data keeps them (strings, "" for a question skipped),
 * read the same way by the questions, the summary and the filing.
 */
final class ComplaintAnswers {

    private ComplaintAnswers() {
    }

    static ComplaintKind kind(Map<String, String> data) {
        String kind = data.get("kind");
        return kind == null ? null : ComplaintKind.valueOf(kind);
    }

    /** The ids of the photos kept so far ("12,13"), in the order they came. */
    static List<Long> photoIds(Map<String, String> data) {
        return Arrays.stream(data.getOrDefault("photos", "").split(",")).filter(s -> !s.isBlank()).map(Long::parseLong).toList();
    }

    /** A skipped or missing answer as null. */
    static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static Long number(String value) {
        return blank(value) == null ? null : Long.parseLong(value);
    }
}
