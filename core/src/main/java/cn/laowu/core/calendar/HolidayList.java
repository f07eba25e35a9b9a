package cn.laowu.core.calendar;

import cn.laowu.core.support.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The State Council's yearly notice, pasted as lines: a day or a range, 休 or 班, and what it is.
 * <pre>
 * 2027-01-01 休 元旦
 * 2027-02-06~2027-02-13 休 春节
 * 2027-02-14 班 春节调休上班
 * </pre>
 * Every line must be of the year; one bad line refuses the whole list, naming it.
 */
public final class HolidayList {

    /** The example the page shows. */
    public static final String EXAMPLE = "2027-01-01 休 元旦\n2027-02-06~2027-02-13 休 春节\n2027-02-14 班 春节调休上班";

    private static final Pattern LINE = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})\\s*(?:(?:~|～|至|到|-{1,2})\\s*(\\d{4}-\\d{1,2}-\\d{1,2}))?\\s+(休|班|放假|上班)\\s*(.*)");
    private static final int MAX_RANGE_DAYS = 15;

    private HolidayList() {
    }

    /** Day → worked (true) or off (false), with its note. */
    public record Day(LocalDate day, boolean working, String note) {
    }

    public static List<Day> parse(int year, String text) {
        Map<LocalDate, Day> days = new TreeMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim().replace('／', '/');
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "第" + (i + 1) + "行「" + (line.length() > 30 ? line.substring(0, 30) + "…" : line) + "」";
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new RuleViolation(where + "看不懂。每行写 日期 休/班 说明,如 2027-01-01 休 元旦;连续几天写 2027-02-06~2027-02-13 休 春节。");
            }
            LocalDate from = date(m.group(1), where);
            LocalDate to = m.group(2) == null ? from : date(m.group(2), where);
            if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() >= MAX_RANGE_DAYS) {
                throw new RuleViolation(where + "的起止日期不对(结束不能早于开始,一段最多" + MAX_RANGE_DAYS + "天)。");
            }
            if (from.getYear() != year || to.getYear() != year) {
                throw new RuleViolation(where + "不是" + year + "年的日期。");
            }
            boolean working = m.group(3).startsWith("班") || m.group(3).equals("上班");
            String note = m.group(4).trim().isEmpty() ? (working ? "调休上班" : "法定节假日") : m.group(4).trim();
            if (note.length() > 32) {
                throw new RuleViolation(where + "的说明太长(最多32个字)。");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                Day previous = days.put(d, new Day(d, working, note));
                if (previous != null && previous.working() != working) {
                    throw new RuleViolation(where + ":" + d + " 前面已写了" + (previous.working() ? "上班" : "放假") + "。");
                }
            }
        }
        if (days.isEmpty()) {
            throw new RuleViolation("没有读到日期。请按例子每行写一条。");
        }
        return new ArrayList<>(days.values());
    }

    private static LocalDate date(String text, String where) {
        String[] p = text.split("-");
        try {
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (RuntimeException e) {
            throw new RuleViolation(where + "里的日期 " + text + " 不存在。");
        }
    }
}
