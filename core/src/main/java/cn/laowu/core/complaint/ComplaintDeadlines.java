package cn.laowu.core.complaint;

import cn.laowu.core.support.ChinaTime;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The scheduled sweep's side: cases past their deadline climb one level up, cases near it are
 * warned, concluded cases not reopened in time close.
 */
@Service
public class ComplaintDeadlines {

    private final ComplaintMapper complaints;
    private final CaseSteps steps;
    private final Clock clock;

    public ComplaintDeadlines(ComplaintMapper complaints, CaseSteps steps, Clock clock) {
        this.complaints = complaints;
        this.steps = steps;
        this.clock = clock;
    }

    /** Ids of running cases whose deadline has passed, oldest first. */
    public List<Long> overdue(int limit) {
        return complaints.selectList(new LambdaQueryWrapper<Complaint>().select(Complaint::getId)
                .le(Complaint::getDueAt, now()).orderByAsc(Complaint::getDueAt).last("LIMIT " + limit))
                .stream().map(Complaint::getId).toList();
    }

    public List<Long> dueForWarning(int limit) {
        LocalDateTime now = now();
        return complaints.selectList(new LambdaQueryWrapper<Complaint>().select(Complaint::getId)
                        .eq(Complaint::getWarned, false).le(Complaint::getWarnAt, now).gt(Complaint::getDueAt, now)
                        .last("LIMIT " + limit))
                .stream().map(Complaint::getId).toList();
    }

    public List<Long> concludedLongAgo(int limit) {
        return complaints.selectList(new LambdaQueryWrapper<Complaint>().select(Complaint::getId)
                        .eq(Complaint::getStatus, ComplaintStatus.CONCLUDED)
                        .lt(Complaint::getConcludedAt, now().minus(CaseSteps.REOPEN_WINDOW))
                        .and(w -> w.isNull(Complaint::getFollowUpOn).or()
                                .lt(Complaint::getFollowUpOn, ChinaTime.today(clock).minusDays(CaseSteps.REOPEN_WINDOW.toDays())))
                        .last("LIMIT " + limit))
                .stream().map(Complaint::getId).toList();
    }

    /** A passed deadline: one level up the region tree (乡镇 → 县 → 州), with the stage's time again. */
    @Transactional
    public boolean escalateIfOverdue(long id) {
        Complaint c = complaints.selectById(id);
        if (c == null || !c.isOverdue(now())) {
            return false;
        }
        Stage stage = c.getStage();
        steps.update(c, u -> {
            switch (stage) {
                case ACCEPT -> u.set(Complaint::getAcceptLate, true);
                case ANSWER -> u.set(Complaint::getAnswerLate, true);
                case CONCLUDE -> u.set(Complaint::getConcludeLate, true);
            }
        });
        steps.escalate(steps.get(id), stage.label() + "超期");
        return true;
    }

    @Transactional
    public boolean warn(long id) {
        Complaint c = complaints.selectById(id);
        LocalDateTime now = now();
        if (c == null || Boolean.TRUE.equals(c.getWarned()) || c.getWarnAt() == null || c.getWarnAt().isAfter(now)
                || c.getDueAt() == null || !c.getDueAt().isAfter(now)) {
            return false;
        }
        steps.update(c, u -> u.set(Complaint::getWarned, true));
        steps.append(c, "system", HistoryType.WARNING, null, null, false,
                c.getStage().label() + "期限将到:最后期限 " + DueText.of(c.getDueAt()));
        return true;
    }

    /** Concluded and not reopened within the window: closed for good. */
    @Transactional
    public boolean closeIfSettled(long id) {
        Complaint c = complaints.selectById(id);
        if (c == null || c.getStatus() != ComplaintStatus.CONCLUDED || !CaseSteps.reopenUntil(c).isBefore(now())) {
            return false;
        }
        LocalDateTime now = now();
        steps.move(c, ComplaintStatus.CLOSED, "system", false, "办结满7天,自动关闭", u -> u.set(Complaint::getClosedAt, now));
        return true;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
