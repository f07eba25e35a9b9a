package cn.laowu.core.complaint;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.outbox.QuietHours;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The steps every side of a complaint takes: a conditional update, a status move with its history
 * row, a word to the worker through the outbox, a climb one level up. No transaction of its own:
 * each runs in the transaction of the filing, office or sweep method that calls it.
 */
@Component
class CaseSteps {

    private final ComplaintMapper complaints;
    private final HistoryMapper history;
    private final TimeLimits limits;
    private final RegionService regions;
    private final FollowerService followers;
    private final Outbox outbox;
    private final AuditLog audit;
    private final QuietHours night;
    private final Clock clock;

    CaseSteps(ComplaintMapper complaints, HistoryMapper history, TimeLimits limits, RegionService regions,
              FollowerService followers, Outbox outbox, AuditLog audit, QuietHours night, Clock clock) {
        this.complaints = complaints;
        this.history = history;
        this.limits = limits;
        this.regions = regions;
        this.followers = followers;
        this.outbox = outbox;
        this.audit = audit;
        this.night = night;
        this.clock = clock;
    }

    /** A concluded case may be reopened (不满意) within this long; after it the case closes. */
    static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    Complaint get(long id) {
        return complaints.selectById(id);
    }

    void escalate(Complaint c, String reason) {
        Region owner = regions.get(c.getOwnerRegionCode());
        Region up = owner.getParentCode() == null ? null : regions.find(owner.getParentCode()).orElse(null);
        LocalDateTime now = now();
        Stage stage = c.getStage() == null ? Stage.CONCLUDE : c.getStage();
        TimeLimits.Limits limit = limits.of(c.getKind(), c.getUrgent(), (up == null ? owner : up).getPath());
        LocalDateTime due = limits.due(limit, stage, now);
        update(c, u -> {
            u.set(Complaint::getDueAt, due).set(Complaint::getWarnAt, TimeLimits.warnAt(now, due)).set(Complaint::getWarned, false);
            switch (stage) {
                case ACCEPT -> u.set(Complaint::getAcceptDue, due);
                case ANSWER -> u.set(Complaint::getAnswerDue, due);
                case CONCLUDE -> u.set(Complaint::getConcludeDue, due);
            }
            if (up != null) {
                u.set(Complaint::getOwnerRegionCode, up.getCode()).set(Complaint::getOwnerRegionPath, up.getPath())
                        .set(Complaint::getAssignee, null).setSql("escalations = escalations + 1");
            }
        });
        String text = up == null ? reason + ",已在最高一级(" + owner.getName() + "),请尽快办理"
                : reason + ",由" + owner.getName() + "升级到" + up.getName() + "督办";
        HistoryEntry row = append(c, "system", HistoryType.ESCALATION, null, null, up != null, text);
        if (up != null) {
            // A deadline may pass at midnight: the case climbs at once, the worker hears of it in the morning.
            LocalDateTime morning = LocalDateTime.ofInstant(night.endOf(clock.instant()), java.time.ZoneOffset.UTC);
            tell(c, "escalated:" + row.getId(), "投诉已升级督办", "升级督办", "由" + cut(up.getName(), 16) + "督办",
                    "您的投诉 " + c.getCaseNo() + " 已升级由" + up.getName() + "督办,会尽快给您答复。", morning);
        }
        audit.record(Actor.system((up == null ? owner : up).getPath()), "ESCALATE", "complaint", c.getId(), owner.getPath(), text);
    }

    /** Changes the status with a conditional update and a history row; the worker is told when {@code text} is for them. */
    void move(Complaint c, ComplaintStatus to, String actor, boolean forWorker, String text,
                      java.util.function.Consumer<LambdaUpdateWrapper<Complaint>> more) {
        ComplaintStatus from = c.getStatus();
        update(c, u -> {
            u.set(Complaint::getStatus, to);
            more.accept(u);
        });
        append(c, actor, HistoryType.STATUS, from, to, forWorker, text);
        c.setStatus(to);
    }

    /** Every change is conditional on the version read: a colleague's change in between is not overwritten. */
    void update(Complaint c, java.util.function.Consumer<LambdaUpdateWrapper<Complaint>> change) {
        LambdaUpdateWrapper<Complaint> u = new LambdaUpdateWrapper<Complaint>().eq(Complaint::getId, c.getId())
                .eq(Complaint::getVersion, c.getVersion()).set(Complaint::getUpdatedAt, now()).setSql("version = version + 1");
        change.accept(u);
        if (complaints.update(null, u) != 1) {
            throw new RuleViolation("这件投诉刚被别人处理过,请刷新后再试。");
        }
        c.setVersion(c.getVersion() + 1);
    }

    HistoryEntry append(Complaint c, String actor, HistoryType type, ComplaintStatus from, ComplaintStatus to,
                                boolean forWorker, String text) {
        HistoryEntry row = new HistoryEntry();
        row.setComplaintId(c.getId());
        row.setAt(now());
        row.setActor(cut(actor, 64));
        row.setType(type);
        row.setFromStatus(from);
        row.setToStatus(to);
        row.setRegionPath(c.getOwnerRegionPath());
        row.setForWorker(forWorker);
        row.setText(cut(text, 2000));
        history.append(row);
        return row;
    }

    /**
     * Through the outbox, in this transaction: to the worker on every account they follow, or to
     * the follower who filed while not registered (once they register, to the worker).
     */
    void tell(Complaint c, String what, String subject, String state, String note, String body) {
        tell(c, what, subject, state, note, body, null);
    }

    void tell(Complaint c, String what, String subject, String state, String note, String body, LocalDateTime notBefore) {
        Long workerId = c.getWorkerId();
        if (workerId == null && c.getAppid() != null) {
            workerId = followers.find(c.getAppid(), c.getOpenid()).map(Follower::getWorkerId).orElse(null);
        }
        Message message = Message.single(cut("complaint:" + c.getId() + ":" + what, 64), cut(subject, 20),
                cut(state, 5), cut(note, 20), body);
        if (workerId != null) {
            outbox.toWorker(workerId, message, notBefore);
        } else if (c.getAppid() != null) {
            outbox.toFollower(c.getAppid(), c.getOpenid(), message, notBefore);
        }
    }

    /** Until when a concluded case may be reopened: a week after it was concluded, or after the promised day. */
    static LocalDateTime reopenUntil(Complaint c) {
        LocalDateTime byConclusion = c.getConcludedAt().plus(REOPEN_WINDOW);
        if (c.getFollowUpOn() == null) {
            return byConclusion;
        }
        LocalDateTime byPromise = c.getFollowUpOn().plusDays(1).atStartOfDay(ChinaTime.ZONE)
                .withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime().plus(REOPEN_WINDOW);
        return byPromise.isAfter(byConclusion) ? byPromise : byConclusion;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
