package cn.laowu.core.training;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The results rule as arithmetic: when 结业 may be recorded and with how much attendance. */
class ResultRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 10, 4, 0);

    @Test
    void seventyNinePercentIsRefusedAtEightyAndEightyPasses() {
        Course course = course(LocalDate.of(2026, 6, 1));
        List<TrainingSession> sessions = past(24);
        assertThat(ResultRules.refusal(ResultRule.defaults(), course, sessions, attended(19, 24), NOW)).get()
                .asString().contains("出勤 19/24 次(79%)").contains("80%");
        List<TrainingSession> five = past(5);
        assertThat(ResultRules.refusal(ResultRule.defaults(), course, five, attended(4, 5), NOW)).isEmpty();
    }

    @Test
    void beforeTheLastSessionEndsOrBeforeTheEndDateIsRefused() {
        Course course = course(LocalDate.of(2026, 6, 30));
        List<TrainingSession> sessions = new ArrayList<>(past(5));
        TrainingSession later = session(NOW.plusDays(20));
        sessions.add(later);
        assertThat(ResultRules.refusal(ResultRule.defaults(), course, sessions, attended(6, 6), NOW)).get()
                .asString().contains("最后一次课 2026-06-30 ");
        // A region that counts by the end date: even with every session held, not before that day.
        ResultRule byDate = ResultRule.defaults();
        byDate.setCompletionAfter(ResultRule.CompletionAfter.END_DATE);
        assertThat(ResultRules.refusal(byDate, course, past(5), attended(5, 5), NOW)).get()
                .asString().contains("2026-06-30 结束");
        assertThat(ResultRules.refusal(ResultRule.defaults(), course, List.of(), attended(0, 0), NOW)).get()
                .asString().contains("没有排课");
    }

    @Test
    void aRegionsOwnPercentIsWhatCounts() {
        ResultRule sixty = ResultRule.defaults();
        sixty.setMinAttendancePercent(60);
        assertThat(ResultRules.refusal(sixty, course(LocalDate.of(2026, 6, 1)), past(5), attended(3, 5), NOW)).isEmpty();
        assertThat(ResultRules.refusal(sixty, course(LocalDate.of(2026, 6, 1)), past(5), attended(2, 5), NOW)).isPresent();
    }

    private static Course course(LocalDate endsOn) {
        Course course = new Course();
        course.setStartsOn(LocalDate.of(2026, 5, 1));
        course.setEndsOn(endsOn);
        return course;
    }

    private static AttendanceSheets.Summary attended(int sessions, int held) {
        return new AttendanceSheets.Summary(sessions, sessions, 0, held);
    }

    private static List<TrainingSession> past(int n) {
        List<TrainingSession> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(session(NOW.minusDays(n - i)));
        }
        return list;
    }

    private static TrainingSession session(LocalDateTime startsUtc) {
        TrainingSession s = new TrainingSession();
        s.setStartsAt(startsUtc);
        s.setEndsAt(startsUtc.plusHours(2));
        return s;
    }
}
