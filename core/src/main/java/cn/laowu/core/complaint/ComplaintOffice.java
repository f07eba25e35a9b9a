package cn.laowu.core.complaint;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import cn.laowu.core.worker.WorkerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The office's work on a case, called from the console: accept, answer, note, ask for more,
 * assign, transfer, conclude. Each step a history row, each word for the worker through the
 * outbox in the same transaction.
 */
@Service
public class ComplaintOffice {

    private final CaseSteps steps;
    private final ComplaintQueue queue;
    private final TimeLimits limits;
    private final RegionService regions;
    private final WorkerService workers;
    private final PersonalDataProtector protector;
    private final AuditLog audit;
    private final Clock clock;

    public ComplaintOffice(CaseSteps steps, ComplaintQueue queue, TimeLimits limits, RegionService regions,
                           WorkerService workers, PersonalDataProtector protector, AuditLog audit, Clock clock) {
        this.steps = steps;
        this.queue = queue;
        this.limits = limits;
        this.regions = regions;
        this.workers = workers;
        this.protector = protector;
        this.audit = audit;
        this.clock = clock;
    }

    public String phone(Actor actor, RegionScope scope, long id) {
        Complaint c = queue.get(scope, id);
        if (c.getPhoneCipher() != null) {
            audit.record(actor, "REVEAL_PHONE", "complaint", id, null, c.getPhoneMasked());
            return protector.decrypt(c.getPhoneCipher());
        }
        return c.getWorkerId() == null ? null : workers.revealPhone(actor, scope(c), c.getWorkerId(), "投诉联系").orElse(null);
    }

    @Transactional
    public Complaint accept(Actor actor, RegionScope scope, long id) {
        Complaint c = queue.get(scope, id);
        requireStatus(c, ComplaintStatus.NEW);
        doAccept(actor, c);
        return steps.get(id);
    }

    /** An answer to the worker; the first one also counts as 受理 and 首次答复. */
    @Transactional
    public Complaint answer(Actor actor, RegionScope scope, long id, String text) {
        Complaint c = queue.get(scope, id);
        String words = Text.required(text, "答复内容", 1000);
        requireOpen(c);
        if (c.getStatus() == ComplaintStatus.NEW) {
            doAccept(actor, c);
            c = steps.get(id);
        }
        LocalDateTime now = now();
        HistoryEntry row = steps.append(c, actor.username(), HistoryType.ANSWER, null, null, true, words);
        steps.tell(c, "answer:" + row.getId(), "投诉有新答复", "已答复", "回复 我的投诉 查看", "您的投诉 " + c.getCaseNo() + " 有新答复:\n" + words
                + "\n\n回复 我的投诉 查看或补充情况。");
        if (c.getFirstAnswerAt() == null) {
            Complaint current = c;
            boolean waiting = c.getStatus() == ComplaintStatus.NEEDS_INFO;
            steps.update(c, u -> {
                u.set(Complaint::getFirstAnswerAt, now);
                if (!waiting) {
                    u.set(Complaint::getStage, Stage.CONCLUDE).set(Complaint::getDueAt, current.getConcludeDue())
                            .set(Complaint::getWarnAt, TimeLimits.warnAt(now, current.getConcludeDue()))
                            .set(Complaint::getWarned, false);
                }
            });
        }
        c = steps.get(id);
        if (c.getStatus() == ComplaintStatus.ACCEPTED) {
            steps.move(c, ComplaintStatus.IN_PROGRESS, actor.username(), false, null, u -> { });
        }
        audit.record(actor, "ANSWER", "complaint", id, null, c.getCaseNo());
        return steps.get(id);
    }

    @Transactional
    public Complaint note(Actor actor, RegionScope scope, long id, String text) {
        Complaint c = queue.get(scope, id);
        steps.append(c, actor.username(), HistoryType.NOTE, null, null, false, Text.required(text, "备注", 1000));
        return c;
    }

    /** 待补充: the worker is asked for more, and the clock stops until they answer. */
    @Transactional
    public Complaint requestInfo(Actor actor, RegionScope scope, long id, String question) {
        Complaint c = queue.get(scope, id);
        String words = Text.required(question, "需要补充什么", 500);
        requireOpen(c);
        if (c.getStatus() == ComplaintStatus.NEEDS_INFO) {
            throw new RuleViolation("已经在等投诉人补充了。");
        }
        LocalDateTime now = now();
        steps.move(c, ComplaintStatus.NEEDS_INFO, actor.username(), true, "请补充:" + words,
                u -> u.set(Complaint::getPausedAt, now).set(Complaint::getDueAt, null).set(Complaint::getWarnAt, null));
        steps.tell(c, "info:" + now.toString(), "请补充投诉材料", "待补充", CaseSteps.cut(words, 20),
                "您的投诉 " + c.getCaseNo() + " 需要补充情况:\n" + words + "\n\n回复 我的投诉,选这件投诉,再选 补充情况。");
        audit.record(actor, "REQUEST_INFO", "complaint", id, null, c.getCaseNo());
        return steps.get(id);
    }

    /** @param followUpOn for 部分追回: the day the rest is promised */
    public record Outcome(Conclusion conclusion, String text, Long recoveredYuan, Integer workersHelped,
                          java.time.LocalDate followUpOn) {
        public Outcome(Conclusion conclusion, String text, Long recoveredYuan, Integer workersHelped) {
            this(conclusion, text, recoveredYuan, workersHelped, null);
        }
    }

    /** A partial recovery needs the promised day, within half a year; other conclusions take none. */
    private java.time.LocalDate followUpOn(Outcome outcome) {
        if (outcome.conclusion() != Conclusion.PARTLY_RECOVERED) {
            return null;
        }
        java.time.LocalDate today = ChinaTime.today(clock);
        java.time.LocalDate day = outcome.followUpOn();
        if (day == null || !day.isAfter(today) || day.isAfter(today.plusMonths(6))) {
            throw new RuleViolation("部分追回请填写剩余工资约定付清的日期(明天起半年内)。");
        }
        return day;
    }

    @Transactional
    public Complaint conclude(Actor actor, RegionScope scope, long id, Outcome outcome) {
        Complaint c = queue.get(scope, id);
        requireOpen(c);
        if (outcome.conclusion() == null) {
            throw new RuleViolation("请选择办结结果。");
        }
        String words = Text.limited(outcome.text(), "办结说明", 1000);
        java.time.LocalDate promised = followUpOn(outcome);
        if (outcome.recoveredYuan() != null && (outcome.recoveredYuan() < 0 || outcome.recoveredYuan() > 100_000_000L)) {
            throw new RuleViolation("追回金额不对。");
        }
        if (outcome.workersHelped() != null && (outcome.workersHelped() < 0 || outcome.workersHelped() > 100_000)) {
            throw new RuleViolation("帮助人数不对。");
        }
        LocalDateTime now = now();
        String reply = outcome.conclusion().template() + (words == null ? "" : "\n" + words)
                + (outcome.recoveredYuan() != null && outcome.recoveredYuan() > 0 ? "\n追回金额:" + outcome.recoveredYuan() + "元" : "")
                + (promised == null ? "" : "\n剩余约定" + promised.getMonthValue() + "月" + promised.getDayOfMonth() + "日前付清;"
                + "到期没付清,请回复 我的投诉 选 不满意。");
        boolean late = c.getConcludeDue() != null && now.isAfter(c.getConcludeDue());
        steps.move(c, ComplaintStatus.CONCLUDED, actor.username(), true, outcome.conclusion().label() + ":" + reply, u -> {
            u.set(Complaint::getConcludedAt, now).set(Complaint::getConclusion, outcome.conclusion())
                    .set(Complaint::getRecoveredFen, outcome.recoveredYuan() == null ? null : outcome.recoveredYuan() * 100)
                    .set(Complaint::getWorkersHelped, outcome.workersHelped()).set(Complaint::getFollowUpOn, promised)
                    .set(Complaint::getStage, null)
                    .set(Complaint::getDueAt, null).set(Complaint::getWarnAt, null).set(Complaint::getPausedAt, null);
            if (late) {
                u.set(Complaint::getConcludeLate, true);
            }
            if (c.getFirstAnswerAt() == null) {
                u.set(Complaint::getFirstAnswerAt, now);
            }
        });
        steps.tell(c, "concluded:" + now, "投诉已办结", "已办结", outcome.conclusion().label(),
                "您的投诉 " + c.getCaseNo() + " 已办结:\n" + reply
                        + "\n\n对结果满意吗?回复 我的投诉,选这件投诉评价(7天内可以选 不满意,我们会重新办理)。");
        audit.record(actor, "CONCLUDE", "complaint", id, null, c.getCaseNo() + " " + outcome.conclusion().label());
        return steps.get(id);
    }

    @Transactional
    public Complaint assign(Actor actor, RegionScope scope, long id, String username) {
        Complaint c = queue.get(scope, id);
        String who = Text.required(username, "经办人", 64);
        steps.update(c, u -> u.set(Complaint::getAssignee, who));
        steps.append(c, actor.username(), HistoryType.ASSIGN, null, null, false, "指派给 " + who);
        audit.record(actor, "ASSIGN", "complaint", id, c.getAssignee(), who);
        return steps.get(id);
    }

    /** Hands the case to another office, with the reason; the worker is told who has it now. */
    @Transactional
    public Complaint transfer(Actor actor, RegionScope scope, long id, String regionCode, String reason) {
        Complaint c = queue.get(scope, id);
        requireOpen(c);
        String why = Text.required(reason, "转办原因", 255);
        Region target = regions.find(regionCode).orElseThrow(() -> new RuleViolation("找不到要转去的地区。"));
        if (target.getCode().equals(c.getOwnerRegionCode())) {
            throw new RuleViolation("已经由这个地区办理了。");
        }
        if (!handlesComplaints(target)) {
            throw new RuleViolation(target.getName() + "不办理投诉(村信息员打不开投诉),请转给乡镇、县或州。");
        }
        steps.update(c, u -> u.set(Complaint::getOwnerRegionCode, target.getCode()).set(Complaint::getOwnerRegionPath, target.getPath())
                .set(Complaint::getAssignee, null));
        HistoryEntry row = steps.append(c, actor.username(), HistoryType.TRANSFER, null, null, true, "转给" + target.getName() + ":" + why);
        steps.tell(c, "transfer:" + row.getId(), "投诉已转办", "转办", "由" + CaseSteps.cut(target.getName(), 16) + "办理",
                "您的投诉 " + c.getCaseNo() + " 已转给" + target.getName() + "办理。");
        audit.record(actor, "TRANSFER", "complaint", id, c.getOwnerRegionPath(), target.getPath() + " " + why);
        return steps.get(id);
    }

    /** Offices with staff who may open complaints: 村 has only information officers. */
    public static boolean handlesComplaints(Region region) {
        return region.getLevel() != cn.laowu.core.region.RegionLevel.VILLAGE;
    }

    private void doAccept(Actor actor, Complaint c) {
        LocalDateTime now = now();
        boolean late = now.isAfter(c.getAcceptDue());
        steps.move(c, ComplaintStatus.ACCEPTED, actor.username(), true, "已受理", u -> {
            u.set(Complaint::getAcceptedAt, now).set(Complaint::getStage, Stage.ANSWER)
                    .set(Complaint::getDueAt, c.getAnswerDue()).set(Complaint::getWarnAt, TimeLimits.warnAt(now, c.getAnswerDue()))
                    .set(Complaint::getWarned, false);
            if (late) {
                u.set(Complaint::getAcceptLate, true);
            }
        });
        steps.tell(c, "accepted", "投诉已受理", "已受理", "单号" + c.getCaseNo(), "您的投诉 " + c.getCaseNo()
                + " 已受理,工作人员会在" + DueText.of(c.getAnswerDue()) + "前答复您。");
        audit.record(actor, "ACCEPT", "complaint", c.getId(), null, c.getCaseNo());
    }

    private static RegionScope scope(Complaint c) {
        return new RegionScope(c.getOriginRegionPath());
    }

    private static void requireOpen(Complaint c) {
        if (!c.getStatus().isOpen()) {
            throw new RuleViolation("这件投诉已" + c.getStatus().label() + "。");
        }
    }

    private static void requireStatus(Complaint c, ComplaintStatus status) {
        if (c.getStatus() != status) {
            throw new RuleViolation("这件投诉现在是「" + c.getStatus().label() + "」,不能这样操作。");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
