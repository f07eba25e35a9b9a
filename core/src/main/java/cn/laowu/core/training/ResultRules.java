package cn.laowu.core.training;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The training results rules of a region (table training_result_rule, V32): the nearest region's
 * row, else {@link ResultRule#defaults()}. {@link #refusal} says, in the words a clerk reads, why a
 * trainee may not be recorded 结业 yet; nothing there is decided elsewhere.
 */
@Service
public class ResultRules {

    private final ResultRuleMapper rules;

    public ResultRules(ResultRuleMapper rules) {
        this.rules = rules;
    }

    /** The rule that applies to a course in {@code regionPath}: the deepest region's row above it. */
    public ResultRule forRegion(String regionPath) {
        return rules.selectList(new LambdaQueryWrapper<ResultRule>()).stream()
                .filter(r -> regionPath != null && regionPath.startsWith(r.getRegionPath()))
                .max(Comparator.comparing(r -> r.getRegionPath().length()))
                .orElseGet(ResultRule::defaults);
    }

    /** Every row, for the console's rules table. */
    public List<ResultRule> all() {
        return rules.selectList(new LambdaQueryWrapper<ResultRule>().orderByAsc(ResultRule::getRegionPath));
    }

    /**
     * Why 结业 may not be recorded now, or empty when it may: before the end the rule names, or with
     * counted sessions (check-ins, roll calls answered or corrections) below the rule's percent of
     * all the course's sessions.
     */
    public static Optional<String> refusal(ResultRule rule, Course course, List<TrainingSession> sessions,
                                           AttendanceSheets.Summary summary, LocalDateTime nowUtc) {
        if (sessions.isEmpty()) {
            return Optional.of("这门课程没有排课,没有出勤记录,不能结业。");
        }
        LocalDateTime lastEnd = sessions.stream().map(TrainingSession::getEndsAt).max(Comparator.naturalOrder()).orElseThrow();
        if (rule.getCompletionAfter() == ResultRule.CompletionAfter.END_DATE) {
            if (CourseService.china(nowUtc).toLocalDate().isBefore(course.getEndsOn())) {
                return Optional.of("课程 " + course.getEndsOn() + " 结束,结束后才能登记结业。");
            }
        } else if (nowUtc.isBefore(lastEnd)) {
            LocalDateTime china = CourseService.china(lastEnd);
            return Optional.of("最后一次课 " + china.toLocalDate() + " " + china.toLocalTime() + " 结束,上完后才能登记结业。");
        }
        int percent = percentOf(summary.sessionsAttended(), sessions.size());
        if (summary.sessionsAttended() * 100 < rule.getMinAttendancePercent() * sessions.size()) {
            return Optional.of("出勤 " + summary.sessionsAttended() + "/" + sessions.size() + " 次(" + percent
                    + "%),不到结业要求的 " + rule.getMinAttendancePercent() + "%。");
        }
        return Optional.empty();
    }

    /** Whole percent, rounded down (79.9% is 79%, which is what the rule compares). */
    public static int percentOf(int attended, int held) {
        return held == 0 ? 0 : attended * 100 / held;
    }
}
