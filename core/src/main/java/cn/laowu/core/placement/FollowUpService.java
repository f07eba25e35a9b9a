package cn.laowu.core.placement;

import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.application.ApplicationStatusChanged;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import cn.laowu.core.outbox.DeliveryOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 跟踪服务: after 上岗, follow-ups fall due at 1, 3, 6 and 12 months (scheduled by the pipeline).
 * The worker answers in chat or a clerk records a call: still there? wage? satisfied? The first
 * answer starts 跟踪服务; the 12-month answer "still there" is what 稳岗 needs. Answers keep the
 * worker's card current.
 */
@Service
public class FollowUpService {

    public static final int[] MONTHS = {1, 3, 6, 12};
    public static final int FINAL_MONTH = 12;
    /** A worker may answer a follow-up this many days before it falls due. */
    public static final int EARLY_DAYS = 3;
    private static final long MAX_WAGE_FEN = 10_000_000L;
    /** Below 100 yuan a month is a misheard number, not a wage. */
    private static final long MIN_REPORTED_WAGE_FEN = 10_000L;
    /** Ten years: a longer term is an open-ended contract, which the note says. */
    private static final int MAX_CONTRACT_MONTHS = 120;
    private static final String ACTIVE = ApplicationSql.ACTIVE_PLACEMENT_IDS;

    private final FollowUpMapper followUps;
    private final ApplicationService applications;
    private final WorkerService workers;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public FollowUpService(FollowUpMapper followUps, ApplicationService applications, WorkerService workers,
                           AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.followUps = followUps;
        this.applications = applications;
        this.workers = workers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the worker says, or the clerk hears on the phone. {@code workPlace}: where they work now,
     * as said ("东莞长安"), optional; it keeps their current workplace (see {@link FollowUpRecorded}).
     * {@code contractMonths}: the labour contract's term, 0 when none was signed, null when not asked.
     */
    public record Answer(boolean stillEmployed, Long monthlyWageFen, Satisfaction satisfaction, String note,
                         String workPlace, Integer contractMonths) {
        public Answer(boolean stillEmployed, Long monthlyWageFen, Satisfaction satisfaction, String note) {
            this(stillEmployed, monthlyWageFen, satisfaction, note, null, null);
        }

        public Answer(boolean stillEmployed, Long monthlyWageFen, Satisfaction satisfaction, String note,
                      String workPlace) {
            this(stillEmployed, monthlyWageFen, satisfaction, note, workPlace, null);
        }
    }

    /** A follow-up with the placement it follows. */
    public record Item(FollowUp followUp, ApplicationService.Entry entry) {
        public boolean overdue(LocalDate today) {
            return followUp.getRecordedAt() == null && followUp.getDueOn().isBefore(today);
        }
    }

    /** The clerk's queue: open follow-ups of their people, due within {@code daysAhead}, oldest first. */
    public List<Item> queue(RegionScope scope, int daysAhead) {
        return items(followUps.selectList(new LambdaQueryWrapper<FollowUp>()
                .func(w -> scope.applyTo(w, FollowUp::getRegionPath)).isNull(FollowUp::getRecordedAt)
                .le(FollowUp::getDueOn, today().plusDays(Math.max(0, daysAhead)))
                .inSql(FollowUp::getApplicationId, ACTIVE)
                .orderByAsc(FollowUp::getDueOn).orderByAsc(FollowUp::getId).last("LIMIT 200")));
    }

    /** Every follow-up of one placement, for the clerk's view of it. */
    public List<FollowUp> ofApplication(long applicationId) {
        return followUps.selectList(new LambdaQueryWrapper<FollowUp>()
                .eq(FollowUp::getApplicationId, applicationId).orderByAsc(FollowUp::getMonthNo));
    }

    /** The follow-ups of several placements at once, by application, months in order. */
    public Map<Long, List<FollowUp>> ofApplications(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return followUps.selectList(new LambdaQueryWrapper<FollowUp>().in(FollowUp::getApplicationId, applicationIds)
                        .orderByAsc(FollowUp::getApplicationId).orderByAsc(FollowUp::getMonthNo)).stream()
                .collect(Collectors.groupingBy(FollowUp::getApplicationId));
    }

    public Item get(RegionScope scope, long id) {
        FollowUp followUp = followUps.selectOne(new LambdaQueryWrapper<FollowUp>().eq(FollowUp::getId, id)
                .func(w -> scope.applyTo(w, FollowUp::getRegionPath)));
        if (followUp == null) {
            throw new NotFoundInScope("Follow-up");
        }
        return items(List.of(followUp)).get(0);
    }

    /** The follow-up a worker should answer now: the latest one due (a few days' grace early). */
    public Optional<Item> dueFor(long workerId) {
        return items(followUps.selectList(new LambdaQueryWrapper<FollowUp>().eq(FollowUp::getWorkerId, workerId)
                .isNull(FollowUp::getRecordedAt).le(FollowUp::getDueOn, today().plusDays(EARLY_DAYS))
                .inSql(FollowUp::getApplicationId, ACTIVE)
                .orderByDesc(FollowUp::getDueOn).last("LIMIT 1"))).stream().findFirst();
    }

    /** When the worker's next follow-up falls due, if one is still to come. */
    public Optional<LocalDate> nextDueOn(long workerId) {
        return followUps.selectList(new LambdaQueryWrapper<FollowUp>().eq(FollowUp::getWorkerId, workerId)
                        .isNull(FollowUp::getRecordedAt).gt(FollowUp::getDueOn, today())
                        .inSql(FollowUp::getApplicationId, ACTIVE).orderByAsc(FollowUp::getDueOn).last("LIMIT 1"))
                .stream().findFirst().map(FollowUp::getDueOn);
    }

    /** Follow-ups fallen due that nobody has reminded the worker of yet. */
    public List<Item> dueForReminder(int limit) {
        return items(followUps.selectList(new LambdaQueryWrapper<FollowUp>().isNull(FollowUp::getRecordedAt)
                .isNull(FollowUp::getRemindedAt).le(FollowUp::getDueOn, today())
                .inSql(FollowUp::getApplicationId, ACTIVE)
                .orderByAsc(FollowUp::getId).last("LIMIT " + Math.max(1, limit))));
    }

    /** Reminded once; whether WeChat delivered it comes later ({@link #reminderOutcome}). */
    void markReminded(long id) {
        followUps.update(null, new LambdaUpdateWrapper<FollowUp>().eq(FollowUp::getId, id)
                .set(FollowUp::getRemindedAt, LocalDateTime.now(clock)).set(FollowUp::getReminderDelivered, null));
    }

    /**
     * What became of a reminder, from the outbox: reached in any account counts; the clerk's queue
     * asks for a call when none did.
     */
    @EventListener
    void reminderOutcome(DeliveryOutcome outcome) {
        if (outcome.source() == null || !outcome.source().startsWith(FollowUpReminder.SOURCE)) {
            return;
        }
        long id = Long.parseLong(outcome.source().substring(FollowUpReminder.SOURCE.length()));
        followUps.update(null, new LambdaUpdateWrapper<FollowUp>().eq(FollowUp::getId, id)
                .and(!outcome.reached(), w -> w.isNull(FollowUp::getReminderDelivered))
                .set(FollowUp::getReminderDelivered, outcome.reached()));
    }

    /** A clerk records what they heard. */
    @Transactional
    public Item record(Actor actor, RegionScope scope, long id, Answer answer) {
        Item item = get(scope, id);
        save(item, answer, actor.username());
        audit.record(actor, "FOLLOW_UP", "worker", item.followUp().getWorkerId(), null, describe(item, answer));
        return item;
    }

    /** The worker answers in chat. */
    @Transactional
    public Item answer(long workerId, long id, Answer answer) {
        FollowUp followUp = followUps.selectById(id);
        if (followUp == null || followUp.getWorkerId() != workerId) {
            throw new NotFoundInScope("Follow-up");
        }
        Item item = items(List.of(followUp)).get(0);
        save(item, answer, ApplicationStatusChanged.WORKER);
        audit.record(new Actor("worker", followUp.getRegionPath(), null), "FOLLOW_UP", "worker", workerId, null,
                describe(item, answer));
        return item;
    }

    /**
     * "我现在一个月拿五千": the worker says their wage between follow-ups. It goes on the follow-up of their
     * current placement whose period it falls in (the latest fallen due, else the first to come), so
     * 劳务收入 counts it as the latest wage; a later follow-up answer without a wage keeps it. Empty when
     * the worker has no placement in work.
     */
    @Transactional
    public Optional<FollowUp> reportWage(long workerId, long monthlyWageFen) {
        if (monthlyWageFen < MIN_REPORTED_WAGE_FEN || monthlyWageFen > MAX_WAGE_FEN) {
            throw new RuleViolation("这个数不像月工资。请说每月到手大约多少元,比如:我现在一个月拿5000。");
        }
        List<FollowUp> ofPlacement = followUps.selectList(new LambdaQueryWrapper<FollowUp>()
                .eq(FollowUp::getWorkerId, workerId).inSql(FollowUp::getApplicationId, ACTIVE)
                .and(w -> w.isNull(FollowUp::getStillEmployed).or().eq(FollowUp::getStillEmployed, true))
                .orderByDesc(FollowUp::getApplicationId).orderByAsc(FollowUp::getMonthNo));
        if (ofPlacement.isEmpty()) {
            return Optional.empty();
        }
        long applicationId = ofPlacement.get(0).getApplicationId();
        LocalDate due = today().plusDays(EARLY_DAYS);
        FollowUp target = ofPlacement.stream().filter(f -> f.getApplicationId() == applicationId)
                .filter(f -> !f.getDueOn().isAfter(due)).reduce((a, b) -> b).orElse(ofPlacement.get(0));
        followUps.update(null, new LambdaUpdateWrapper<FollowUp>().eq(FollowUp::getId, target.getId())
                .set(FollowUp::getMonthlyWageFen, monthlyWageFen));
        target.setMonthlyWageFen(monthlyWageFen);
        audit.record(new Actor("worker", target.getRegionPath(), null), "FOLLOW_UP", "worker", workerId, null,
                "本人报月薪" + monthlyWageFen / 100 + "元");
        return Optional.of(target);
    }

    private void save(Item item, Answer answer, String by) {
        FollowUp followUp = item.followUp();
        if (!item.entry().application().getStatus().isActivePlacement()) {
            throw new RuleViolation("这条报名已经结束,不用再回访。");
        }
        if (followUp.getDueOn().isAfter(today().plusDays(EARLY_DAYS))) {
            throw new RuleViolation("这次回访" + followUp.getDueOn() + "才到期,到时再记录。");
        }
        if (answer.stillEmployed() && answer.satisfaction() == null) {
            throw new RuleViolation("请选择满意程度。");
        }
        if (answer.monthlyWageFen() != null && (answer.monthlyWageFen() <= 0 || answer.monthlyWageFen() > MAX_WAGE_FEN)) {
            throw new RuleViolation("月工资填的数不对,请填每月到手大约多少元。");
        }
        String note = answer.note() == null || answer.note().isBlank() ? null : answer.note().trim();
        if (note != null && note.length() > 255) {
            throw new RuleViolation("情况说明最多255个字。");
        }
        String workPlace = answer.workPlace() == null || answer.workPlace().isBlank() ? null : answer.workPlace().strip();
        if (workPlace != null && workPlace.length() > 64) {
            throw new RuleViolation("现在的工作地点最多64个字,写到县区或乡镇就行。");
        }
        if (answer.contractMonths() != null && (answer.contractMonths() < 0 || answer.contractMonths() > MAX_CONTRACT_MONTHS)) {
            throw new RuleViolation("合同期限填月数,如一年填 12,没签合同填 0。");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int saved = followUps.update(null, new LambdaUpdateWrapper<FollowUp>().eq(FollowUp::getId, followUp.getId())
                .isNull(FollowUp::getRecordedAt)
                .set(FollowUp::getRecordedAt, now).set(FollowUp::getRecordedBy, by)
                .set(FollowUp::getStillEmployed, answer.stillEmployed())
                .set(FollowUp::getMonthlyWageFen, !answer.stillEmployed() ? null
                        : answer.monthlyWageFen() != null ? answer.monthlyWageFen() : followUp.getMonthlyWageFen())
                .set(FollowUp::getSatisfaction, answer.stillEmployed() ? answer.satisfaction() : null)
                .set(FollowUp::getContractMonths, answer.stillEmployed() ? answer.contractMonths() : null)
                .set(FollowUp::getNote, note));
        if (saved != 1) {
            throw new RuleViolation("这次回访已经记录过了。");
        }
        applications.beginFollowUp(followUp.getApplicationId(), by);
        if (answer.stillEmployed()) {
            workers.recordStillEmployed(followUp.getWorkerId(), answer.monthlyWageFen(), answer.satisfaction().label());
        } else {
            workers.recordLeftJob(followUp.getWorkerId());
        }
        events.publishEvent(new FollowUpRecorded(followUp.getId(), followUp.getWorkerId(),
                item.entry().application().getJobId(), answer.stillEmployed(), workPlace, now));
    }

    private static String describe(Item item, Answer answer) {
        return item.followUp().getMonthNo() + "个月回访:" + (answer.stillEmployed()
                ? "在岗" + (answer.monthlyWageFen() == null ? "" : ",月薪" + answer.monthlyWageFen() / 100 + "元")
                + "," + answer.satisfaction().label() + contract(answer.contractMonths()) : "已离开") + (answer.note() == null ? "" : "," + answer.note().trim())
                + (answer.workPlace() == null || answer.workPlace().isBlank() ? "" : ",现在在" + answer.workPlace().strip());
    }

    private static String contract(Integer months) {
        return months == null ? "" : months == 0 ? ",没签劳动合同" : ",劳动合同" + months + "个月";
    }

    private List<Item> items(List<FollowUp> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, ApplicationService.Entry> byApplication = applications.byIds(
                        list.stream().map(FollowUp::getApplicationId).distinct().toList()).stream()
                .collect(Collectors.toMap(e -> e.application().getId(), Function.identity()));
        return list.stream().map(f -> new Item(f, byApplication.get(f.getApplicationId()))).toList();
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
