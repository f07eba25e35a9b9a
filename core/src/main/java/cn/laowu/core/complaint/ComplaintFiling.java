package cn.laowu.core.complaint;

import cn.laowu.core.privacy.Masking;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The worker's side of a complaint, called from the chat: filing (routed to the office that
 * answers for it), 我的投诉, adding words or photos, and rating the outcome.
 */
@Service
public class ComplaintFiling {

    private final ComplaintMapper complaints;
    private final HistoryMapper history;
    private final TimeLimits limits;
    private final EmployerMatcher employers;
    private final RegionService regions;
    private final WorkerService workers;
    private final PersonalDataProtector protector;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CaseSteps steps;
    private final ComplaintEvidence evidence;
    private final ComplaintRoute route;

    public ComplaintFiling(ComplaintMapper complaints, HistoryMapper history, TimeLimits limits, EmployerMatcher employers,
                           RegionService regions, WorkerService workers, PersonalDataProtector protector, Clock clock,
                           ApplicationEventPublisher events, CaseSteps steps, ComplaintEvidence evidence,
                           ComplaintRoute route) {
        this.complaints = complaints;
        this.history = history;
        this.limits = limits;
        this.employers = employers;
        this.regions = regions;
        this.workers = workers;
        this.protector = protector;
        this.clock = clock;
        this.events = events;
        this.steps = steps;
        this.evidence = evidence;
        this.route = route;
    }

    /** Who is complaining in the chat: the follower, and the worker once registered. */
    public record Complainant(String appid, String openid, Long workerId) {
    }

    /**
     * What the dialog collected. A registered worker's name and home come from the archive; an
     * unregistered one gives a name and phone, and the case goes to {@code fallbackRegionCode}
     * (the account's office) until staff transfer it.
     */
    public record NewComplaint(ComplaintKind kind, String name, String phone, String employerName, String workPlace,
                               String since, Long amountYuan, Integer workersAffected, String description,
                               List<Long> attachmentIds, String fallbackRegionCode) {
    }

    public record Filed(Complaint complaint, Urgency urgency) {
    }

    @Transactional
    public Filed file(Complainant who, NewComplaint input) {
        if (input.kind() == null) {
            throw new RuleViolation("请选择投诉类型。");
        }
        Worker worker = who.workerId() == null ? null : workers.find(who.workerId()).orElse(null);
        String name = worker != null ? worker.getName() : Text.required(input.name(), "姓名", 64);
        String phone = worker != null ? null : validPhone(input.phone());
        Region home = route.township(worker != null ? worker.getHomeRegionPath()
                : regions.find(input.fallbackRegionCode()).orElseThrow(() -> new RuleViolation("找不到受理的地区。")).getPath());
        Region owner = route.forPlace(input.workPlace()).orElse(home);
        if (input.amountYuan() != null && (input.amountYuan() < 0 || input.amountYuan() > 100_000_000L)) {
            throw new RuleViolation("金额不对,请填写欠您的钱数(元)。");
        }
        if (input.workersAffected() != null && (input.workersAffected() < 1 || input.workersAffected() > 100_000)) {
            throw new RuleViolation("人数不对,请填写1以上的数字。");
        }
        String description = Text.limited(input.description(), "情况说明", 2000);
        String employerName = Text.limited(input.employerName(), "单位名称", 128);
        Urgency urgency = Urgency.assess(input.kind(), input.workersAffected(), description, employerName);
        LocalDateTime now = now();
        TimeLimits.Limits limit = limits.of(input.kind(), urgency.urgent(), owner.getPath());

        Complaint c = new Complaint();
        c.setKind(input.kind());
        c.setUrgent(urgency.urgent());
        c.setUrgentReason(urgency.reason());
        c.setStatus(ComplaintStatus.NEW);
        c.setWorkerId(worker == null ? null : worker.getId());
        c.setAppid(who.appid());
        c.setOpenid(who.openid());
        c.setComplainantName(name);
        if (phone != null) {
            c.setPhoneCipher(protector.encrypt(phone));
            c.setPhoneMasked(Masking.phone(phone));
        }
        c.setEmployerName(employerName);
        c.setEmployerKey(EmployerNames.key(employerName));
        c.setEmployerId(employers.match(c.getEmployerKey()));
        c.setWorkPlace(Text.limited(input.workPlace(), "工作地点", 128));
        c.setSinceText(Text.limited(input.since(), "开始时间", 64));
        c.setAmountFen(input.amountYuan() == null ? null : input.amountYuan() * 100);
        c.setWorkersAffected(input.workersAffected());
        c.setDescription(description);
        c.setOriginRegionPath(home.getPath());
        c.setOwnerRegionCode(owner.getCode());
        c.setOwnerRegionPath(owner.getPath());
        c.setEscalations(0);
        c.setAcceptDue(limits.due(limit, Stage.ACCEPT, now));
        c.setAnswerDue(limits.due(limit, Stage.ANSWER, now));
        c.setConcludeDue(limits.due(limit, Stage.CONCLUDE, now));
        c.setStage(Stage.ACCEPT);
        c.setDueAt(c.getAcceptDue());
        c.setWarnAt(TimeLimits.warnAt(now, c.getAcceptDue()));
        c.setWarned(false);
        c.setAcceptLate(false);
        c.setAnswerLate(false);
        c.setConcludeLate(false);
        c.setCreatedAt(now);
        c.setUpdatedAt(now);
        complaints.insert(c);
        c.setCaseNo("T" + DateTimeFormatter.BASIC_ISO_DATE.format(ChinaTime.today(clock)) + "-" + c.getId());
        complaints.update(null, new LambdaUpdateWrapper<Complaint>().eq(Complaint::getId, c.getId())
                .set(Complaint::getCaseNo, c.getCaseNo()));
        int photos = evidence.claim(who, c.getId(), input.attachmentIds());
        steps.append(c, "投诉人", HistoryType.FILED, null, ComplaintStatus.NEW, true, summary(c)
                + (photos > 0 ? ";照片" + photos + "张" : "") + (urgency.urgent() ? ";紧急:" + urgency.reason() : ""));
        events.publishEvent(new ComplaintFiled(c.getId(), c.getWorkerId(), c.getWorkPlace(), c.getEmployerName(),
                urgency.urgent()));
        return new Filed(steps.get(c.getId()), urgency);
    }

    /** 我的投诉: the newest cases of this follower or worker. */
    public List<Complaint> mine(Complainant who) {
        return complaints.selectList(new LambdaQueryWrapper<Complaint>()
                .and(w -> w.eq(Complaint::getAppid, who.appid()).eq(Complaint::getOpenid, who.openid())
                        .or(who.workerId() != null, o -> o.eq(Complaint::getWorkerId, who.workerId())))
                .orderByDesc(Complaint::getId).last("LIMIT 10"));
    }

    /** One of the complainant's own cases; anyone else's is not found. */
    public Complaint mine(Complainant who, long id) {
        return mine(who).stream().filter(c -> c.getId() == id).findFirst()
                .or(() -> Optional.ofNullable(complaints.selectById(id)).filter(c -> owns(who, c)))
                .orElseThrow(() -> new NotFoundInScope("Complaint"));
    }

    /** The newest answer the worker was given, if any. */
    public Optional<HistoryEntry> latestAnswer(long complaintId) {
        List<HistoryEntry> rows = history.of(complaintId);
        for (int i = rows.size() - 1; i >= 0; i--) {
            HistoryEntry row = rows.get(i);
            if (row.getType() == HistoryType.ANSWER || row.getType() == HistoryType.STATUS && Boolean.TRUE.equals(row.getForWorker())
                    && row.getText() != null) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The worker adds words or photos to an open case; one waiting for them (待补充) starts its clock again. */
    @Transactional
    public Complaint addInfo(Complainant who, long id, String text, List<Long> photoIds) {
        Complaint c = mine(who, id);
        if (!c.getStatus().isOpen()) {
            throw new RuleViolation("这件投诉已经办结,不能再补充。有新情况请重新投诉。");
        }
        String words = Text.limited(text, "补充内容", 2000);
        int photos = evidence.claim(who, id, photoIds);
        if (words == null && photos == 0) {
            throw new RuleViolation("请写下要补充的情况,或发照片。");
        }
        steps.append(c, "投诉人", HistoryType.WORKER_INFO, null, null, true,
                (words == null ? "" : words) + (photos > 0 ? (words == null ? "" : ";") + "照片" + photos + "张" : ""));
        if (c.getStatus() == ComplaintStatus.NEEDS_INFO) {
            resume(c);
        }
        return steps.get(id);
    }

    /**
     * 满意 closes the case; 不满意 within {@link CaseSteps#REOPEN_WINDOW} reopens it and sends it one level up.
     */
    @Transactional
    public Complaint rate(Complainant who, long id, boolean satisfied) {
        return rate(who, id, satisfied, null);
    }

    /** As {@link #rate(Complainant, long, boolean)}, with the worker's own words on why not (kept in the history). */
    @Transactional
    public Complaint rate(Complainant who, long id, boolean satisfied, String reason) {
        String why = satisfied ? null : Text.limited(reason, "不满意的原因", 500);
        Complaint c = mine(who, id);
        if (c.getStatus() != ComplaintStatus.CONCLUDED) {
            throw new RuleViolation(c.getStatus() == ComplaintStatus.CLOSED ? "这件投诉已经关闭了。有新情况请重新投诉。"
                    : "这件投诉还在办理中,办结后再评价。");
        }
        LocalDateTime now = now();
        steps.append(c, "投诉人", HistoryType.RATING, null, null, true, satisfied ? "满意" : "不满意" + (why == null ? "" : ":" + why));
        if (satisfied) {
            steps.move(c, ComplaintStatus.CLOSED, "投诉人", true, "您对办理结果满意,投诉已关闭。谢谢您!",
                    u -> u.set(Complaint::getSatisfied, true).set(Complaint::getClosedAt, now));
            return steps.get(id);
        }
        if (CaseSteps.reopenUntil(c).isBefore(now)) {
            throw new RuleViolation("办结已超过7天,不能重新打开。有新情况请重新投诉。");
        }
        TimeLimits.Limits limit = limits.of(c.getKind(), c.getUrgent(), c.getOwnerRegionPath());
        LocalDateTime due = limits.due(limit, Stage.CONCLUDE, now);
        steps.move(c, ComplaintStatus.IN_PROGRESS, "投诉人", false, "投诉人不满意,重新办理",
                u -> u.set(Complaint::getSatisfied, false).set(Complaint::getConcludedAt, null)
                        .set(Complaint::getConclusion, null).set(Complaint::getFollowUpOn, null).set(Complaint::getStage, Stage.CONCLUDE)
                        .set(Complaint::getConcludeDue, due).set(Complaint::getDueAt, due)
                        .set(Complaint::getWarnAt, TimeLimits.warnAt(now, due)).set(Complaint::getWarned, false));
        steps.escalate(steps.get(id), "投诉人对办理结果不满意" + (why == null ? "" : "(" + why + ")"));
        return steps.get(id);
    }

    private void resume(Complaint c) {
        LocalDateTime now = now();
        int paused = c.getPausedAt() == null ? 0 : limits.workingDaysBetween(c.getPausedAt(), now);
        LocalDateTime accept = c.getAcceptedAt() == null ? limits.shift(c.getAcceptDue(), paused) : c.getAcceptDue();
        LocalDateTime answer = c.getFirstAnswerAt() == null ? limits.shift(c.getAnswerDue(), paused) : c.getAnswerDue();
        LocalDateTime conclude = limits.shift(c.getConcludeDue(), paused);
        ComplaintStatus back = c.getAcceptedAt() == null ? ComplaintStatus.NEW
                : c.getFirstAnswerAt() == null ? ComplaintStatus.ACCEPTED : ComplaintStatus.IN_PROGRESS;
        Stage stage = c.getAcceptedAt() == null ? Stage.ACCEPT : c.getFirstAnswerAt() == null ? Stage.ANSWER : Stage.CONCLUDE;
        LocalDateTime due = stage == Stage.ACCEPT ? accept : stage == Stage.ANSWER ? answer : conclude;
        steps.move(c, back, "投诉人", false, "已补充,期限顺延" + paused + "个工作日",
                u -> u.set(Complaint::getAcceptDue, accept).set(Complaint::getAnswerDue, answer)
                        .set(Complaint::getConcludeDue, conclude).set(Complaint::getStage, stage)
                        .set(Complaint::getDueAt, due).set(Complaint::getWarnAt, TimeLimits.warnAt(now, due))
                        .set(Complaint::getWarned, false).set(Complaint::getPausedAt, null));
    }

    private static boolean owns(Complainant who, Complaint c) {
        return who.workerId() != null && who.workerId().equals(c.getWorkerId())
                || who.appid() != null && who.appid().equals(c.getAppid()) && who.openid().equals(c.getOpenid());
    }

    private static String validPhone(String phone) {
        String normalised = phone == null ? "" : WorkerService.normalisePhone(phone);
        if (!normalised.matches("1\\d{10}")) {
            throw new RuleViolation("手机号应为11位数字,以1开头。");
        }
        return normalised;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static String summary(Complaint c) {
        StringBuilder s = new StringBuilder(c.getKind().label());
        if (c.getEmployerName() != null) {
            s.append(";单位:").append(c.getEmployerName());
        }
        if (c.getWorkPlace() != null) {
            s.append(";地点:").append(c.getWorkPlace());
        }
        if (c.getAmountFen() != null) {
            s.append(";金额:").append(c.getAmountFen() / 100).append("元");
        }
        if (c.getWorkersAffected() != null) {
            s.append(";人数:").append(c.getWorkersAffected());
        }
        return s.toString();
    }
}
