package cn.laowu.core.complaint;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.outbox.QuietHours;
import cn.laowu.core.privacy.Masking;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Complaints from filing to closing: routing to the office that answers for them, time limits
 * in working days, every step a history row, every answer and change of state told to the worker
 * through the outbox in the same transaction.
 */
@Service
public class ComplaintService {

    /** A concluded case may be reopened (不满意) within this long; after it the case closes. */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(7);
    public static final int MAX_PHOTOS = 9;
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    private final ComplaintMapper complaints;
    private final HistoryMapper history;
    private final AttachmentMapper attachments;
    private final TimeLimits limits;
    private final EmployerMatcher employers;
    private final RegionService regions;
    private final WorkerService workers;
    private final FollowerService followers;
    private final PersonalDataProtector protector;
    private final Outbox outbox;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final QuietHours night;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ComplaintService(ComplaintMapper complaints, HistoryMapper history, AttachmentMapper attachments,
                            TimeLimits limits, EmployerMatcher employers, RegionService regions, WorkerService workers,
                            FollowerService followers, PersonalDataProtector protector, Outbox outbox, AuditLog audit,
                            JdbcTemplate jdbc, QuietHours night, Clock clock, ApplicationEventPublisher events) {
        this.night = night;
        this.complaints = complaints;
        this.history = history;
        this.attachments = attachments;
        this.limits = limits;
        this.employers = employers;
        this.regions = regions;
        this.workers = workers;
        this.followers = followers;
        this.protector = protector;
        this.outbox = outbox;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
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

    // --- the worker's side -----------------------------------------------------------------

    /** Keeps a photo at once, before the case exists (WeChat's copy expires in 3 days). */
    @Transactional
    public Attachment keepPhoto(String appid, String openid, String contentType, byte[] data) {
        if (data == null || data.length == 0 || data.length > MAX_PHOTO_BYTES) {
            throw new RuleViolation("图片太大或是空的,请换一张(5MB以内)。");
        }
        Attachment photo = new Attachment();
        photo.setAppid(appid);
        photo.setOpenid(openid);
        photo.setContentType(contentType == null || contentType.isBlank() ? "image/jpeg" : cut(contentType, 64));
        photo.setSizeBytes(data.length);
        photo.setData(data);
        photo.setCreatedAt(now());
        attachments.insert(photo);
        return photo;
    }

    @Transactional
    public Filed file(Complainant who, NewComplaint input) {
        if (input.kind() == null) {
            throw new RuleViolation("请选择投诉类型。");
        }
        Worker worker = who.workerId() == null ? null : workers.find(who.workerId()).orElse(null);
        String name = worker != null ? worker.getName() : Text.required(input.name(), "姓名", 64);
        String phone = worker != null ? null : validPhone(input.phone());
        Region home = township(worker != null ? worker.getHomeRegionPath()
                : regions.find(input.fallbackRegionCode()).orElseThrow(() -> new RuleViolation("找不到受理的地区。")).getPath());
        Region owner = routeFor(input.workPlace()).orElse(home);
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
        int photos = claimPhotos(who, c.getId(), input.attachmentIds());
        append(c, "投诉人", HistoryType.FILED, null, ComplaintStatus.NEW, true, summary(c)
                + (photos > 0 ? ";照片" + photos + "张" : "") + (urgency.urgent() ? ";紧急:" + urgency.reason() : ""));
        events.publishEvent(new ComplaintFiled(c.getId(), c.getWorkerId(), c.getWorkPlace(), c.getEmployerName(),
                urgency.urgent()));
        return new Filed(get(c.getId()), urgency);
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
        int photos = claimPhotos(who, id, photoIds);
        if (words == null && photos == 0) {
            throw new RuleViolation("请写下要补充的情况,或发照片。");
        }
        append(c, "投诉人", HistoryType.WORKER_INFO, null, null, true,
                (words == null ? "" : words) + (photos > 0 ? (words == null ? "" : ";") + "照片" + photos + "张" : ""));
        if (c.getStatus() == ComplaintStatus.NEEDS_INFO) {
            resume(c);
        }
        return get(id);
    }

    /**
     * 满意 closes the case; 不满意 within {@link #REOPEN_WINDOW} reopens it and sends it one level up.
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
        append(c, "投诉人", HistoryType.RATING, null, null, true, satisfied ? "满意" : "不满意" + (why == null ? "" : ":" + why));
        if (satisfied) {
            move(c, ComplaintStatus.CLOSED, "投诉人", true, "您对办理结果满意,投诉已关闭。谢谢您!",
                    u -> u.set(Complaint::getSatisfied, true).set(Complaint::getClosedAt, now));
            return get(id);
        }
        if (reopenUntil(c).isBefore(now)) {
            throw new RuleViolation("办结已超过7天,不能重新打开。有新情况请重新投诉。");
        }
        TimeLimits.Limits limit = limits.of(c.getKind(), c.getUrgent(), c.getOwnerRegionPath());
        LocalDateTime due = limits.due(limit, Stage.CONCLUDE, now);
        move(c, ComplaintStatus.IN_PROGRESS, "投诉人", false, "投诉人不满意,重新办理",
                u -> u.set(Complaint::getSatisfied, false).set(Complaint::getConcludedAt, null)
                        .set(Complaint::getConclusion, null).set(Complaint::getFollowUpOn, null).set(Complaint::getStage, Stage.CONCLUDE)
                        .set(Complaint::getConcludeDue, due).set(Complaint::getDueAt, due)
                        .set(Complaint::getWarnAt, TimeLimits.warnAt(now, due)).set(Complaint::getWarned, false));
        escalate(get(id), "投诉人对办理结果不满意" + (why == null ? "" : "(" + why + ")"));
        return get(id);
    }

    // --- the office's side -----------------------------------------------------------------

    /** Filters of the queue; null means any. */
    public record Query(ComplaintStatus status, ComplaintKind kind, Boolean urgent, Boolean overdue,
                        Boolean openOnly, String employer) {
        public static Query all() {
            return new Query(null, null, null, null, true, null);
        }
    }

    /**
     * Cases the office answers for now, or that started in its area (also after they climbed),
     * soonest deadline first (at the same deadline, the older case first). As one OR of two path
     * ranges the query read and sorted every case of the office (p95 0.3–0.5 s over a million
     * cases). Now each half ("owned under the scope", "started under the scope") first finds the
     * few office paths under the scope (a loose scan of its index), then walks the index (path,
     * status, due_at) in deadline order for each path and status, stopping at the page's end:
     * ids and deadlines only, one UNION ALL. The page's cases are then read by id.
     */
    public Page<Complaint> queue(RegionScope scope, Query q, long page, long size) {
        long current = Math.max(1, page);
        long rows = Math.min(Math.max(1, size), 100);
        long upTo = current * rows;
        java.util.Map<Long, Complaint> both = new java.util.HashMap<>();
        for (String column : List.of("owner_region_path", "origin_region_path")) {
            queueHalf(column, scope.path(), q, upTo).forEach(c -> both.putIfAbsent(c.getId(), c));
        }
        List<Long> ids = both.values().stream().sorted(QUEUE_SORT).skip(upTo - rows).limit(rows).map(Complaint::getId).toList();
        List<Complaint> cases = ids.isEmpty() ? List.of() : complaints.selectByIds(ids).stream().sorted(QUEUE_SORT).toList();
        // No COUNT(*): over a million cases it would cost as much as the page itself; "next page" is enough.
        Page<Complaint> result = new Page<>(current, rows, false);
        result.setRecords(cases);
        return result;
    }

    /** Past this many office paths under a scope (a whole 州), one ranged scan sorted is cheaper than a walk per path. */
    private static final int MAX_WALKED_PATHS = 12;
    /** As the queue is sorted: running deadlines first, soonest first; paused and finished cases last; oldest first. */
    private static final java.util.Comparator<Complaint> QUEUE_SORT = java.util.Comparator
            .comparing(Complaint::getDueAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(Complaint::getId);

    /** Ids and deadlines of the first {@code upTo} cases, in queue order, whose {@code column} is under {@code prefix}. */
    private List<Complaint> queueHalf(String column, String prefix, Query q, long upTo) {
        List<String> paths = jdbc.queryForList("SELECT DISTINCT " + column + " FROM complaint WHERE " + column
                + " LIKE ? LIMIT " + (MAX_WALKED_PATHS + 1), String.class, prefix + "%");
        if (paths.isEmpty()) {
            return List.of();
        }
        List<ComplaintStatus> statuses = q.status() != null ? List.of(q.status())
                : java.util.Arrays.stream(ComplaintStatus.values())
                .filter(st -> st.isOpen() || Boolean.FALSE.equals(q.openOnly())).toList();
        StringBuilder filters = new StringBuilder();
        List<Object> filterArgs = new java.util.ArrayList<>();
        if (q.kind() != null) {
            filters.append(" AND kind = ?");
            filterArgs.add(q.kind().name());
        }
        if (q.urgent() != null) {
            filters.append(" AND urgent = ?");
            filterArgs.add(q.urgent());
        }
        if (Boolean.TRUE.equals(q.overdue())) {
            filters.append(" AND due_at <= ?");
            filterArgs.add(now());
        }
        String employer = EmployerNames.key(q.employer());
        if (employer != null) {
            filters.append(" AND employer_key LIKE ?");
            filterArgs.add(employer + "%");
        }
        StringBuilder sql = new StringBuilder();
        List<Object> args = new java.util.ArrayList<>();
        if (paths.size() > MAX_WALKED_PATHS) {
            sql.append("SELECT id, due_at FROM complaint WHERE ").append(column).append(" LIKE ? AND status IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"))).append(')')
                    .append(filters).append(" ORDER BY due_at IS NULL, due_at, id LIMIT ").append(upTo);
            args.add(prefix + "%");
            statuses.forEach(st -> args.add(st.name()));
            args.addAll(filterArgs);
        } else {
            // Running deadlines in order, then the cases without one (paused, finished) oldest first:
            // each part an equality on (path, status) and so a walk of the index that stops at the limit.
            for (String path : paths) {
                for (ComplaintStatus st : statuses) {
                    for (String part : List.of("due_at IS NOT NULL ORDER BY due_at, id", "due_at IS NULL ORDER BY id")) {
                        sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("(SELECT id, due_at FROM complaint WHERE ")
                                .append(column).append(" = ? AND status = ?").append(filters).append(" AND ")
                                .append(part).append(" LIMIT ").append(upTo).append(')');
                        args.add(path);
                        args.add(st.name());
                        args.addAll(filterArgs);
                    }
                }
            }
        }
        return jdbc.query(sql.toString(), (rs, n) -> {
            Complaint c = new Complaint();
            c.setId(rs.getLong("id"));
            c.setDueAt(rs.getObject("due_at", LocalDateTime.class));
            return c;
        }, args.toArray());
    }

    public Complaint get(RegionScope scope, long id) {
        Complaint c = complaints.selectOne(visible(scope).eq(Complaint::getId, id));
        if (c == null) {
            throw new NotFoundInScope("Complaint");
        }
        return c;
    }

    public List<HistoryEntry> history(RegionScope scope, long id) {
        return history.of(get(scope, id).getId());
    }

    public List<Attachment> photos(RegionScope scope, long id) {
        return attachments.selectList(new LambdaQueryWrapper<Attachment>().select(Attachment::getId,
                        Attachment::getContentType, Attachment::getSizeBytes, Attachment::getCreatedAt)
                .eq(Attachment::getComplaintId, get(scope, id).getId()).orderByAsc(Attachment::getId));
    }

    public Attachment photo(RegionScope scope, long complaintId, long photoId) {
        Attachment photo = attachments.selectOne(new LambdaQueryWrapper<Attachment>().eq(Attachment::getId, photoId)
                .eq(Attachment::getComplaintId, get(scope, complaintId).getId()));
        if (photo == null) {
            throw new NotFoundInScope("Attachment");
        }
        return photo;
    }

    /** Other cases against the same employer, to be handled together. */
    public List<Complaint> sameEmployer(RegionScope scope, Complaint c) {
        if (c.getEmployerKey() == null) {
            return List.of();
        }
        return complaints.selectList(visible(scope).eq(Complaint::getEmployerKey, c.getEmployerKey())
                .ne(Complaint::getId, c.getId()).orderByDesc(Complaint::getId).last("LIMIT 50"));
    }

    public String phone(Actor actor, RegionScope scope, long id) {
        Complaint c = get(scope, id);
        if (c.getPhoneCipher() != null) {
            audit.record(actor, "REVEAL_PHONE", "complaint", id, null, c.getPhoneMasked());
            return protector.decrypt(c.getPhoneCipher());
        }
        return c.getWorkerId() == null ? null : workers.revealPhone(actor, scope(c), c.getWorkerId(), "投诉联系").orElse(null);
    }

    @Transactional
    public Complaint accept(Actor actor, RegionScope scope, long id) {
        Complaint c = get(scope, id);
        requireStatus(c, ComplaintStatus.NEW);
        doAccept(actor, c);
        return get(id);
    }

    /** An answer to the worker; the first one also counts as 受理 and 首次答复. */
    @Transactional
    public Complaint answer(Actor actor, RegionScope scope, long id, String text) {
        Complaint c = get(scope, id);
        String words = Text.required(text, "答复内容", 1000);
        requireOpen(c);
        if (c.getStatus() == ComplaintStatus.NEW) {
            doAccept(actor, c);
            c = get(id);
        }
        LocalDateTime now = now();
        HistoryEntry row = append(c, actor.username(), HistoryType.ANSWER, null, null, true, words);
        tell(c, "answer:" + row.getId(), "投诉有新答复", "已答复", "回复 我的投诉 查看", "您的投诉 " + c.getCaseNo() + " 有新答复:\n" + words
                + "\n\n回复 我的投诉 查看或补充情况。");
        if (c.getFirstAnswerAt() == null) {
            Complaint current = c;
            boolean waiting = c.getStatus() == ComplaintStatus.NEEDS_INFO;
            update(c, u -> {
                u.set(Complaint::getFirstAnswerAt, now);
                if (!waiting) {
                    u.set(Complaint::getStage, Stage.CONCLUDE).set(Complaint::getDueAt, current.getConcludeDue())
                            .set(Complaint::getWarnAt, TimeLimits.warnAt(now, current.getConcludeDue()))
                            .set(Complaint::getWarned, false);
                }
            });
        }
        c = get(id);
        if (c.getStatus() == ComplaintStatus.ACCEPTED) {
            move(c, ComplaintStatus.IN_PROGRESS, actor.username(), false, null, u -> { });
        }
        audit.record(actor, "ANSWER", "complaint", id, null, c.getCaseNo());
        return get(id);
    }

    @Transactional
    public Complaint note(Actor actor, RegionScope scope, long id, String text) {
        Complaint c = get(scope, id);
        append(c, actor.username(), HistoryType.NOTE, null, null, false, Text.required(text, "备注", 1000));
        return c;
    }

    /** 待补充: the worker is asked for more, and the clock stops until they answer. */
    @Transactional
    public Complaint requestInfo(Actor actor, RegionScope scope, long id, String question) {
        Complaint c = get(scope, id);
        String words = Text.required(question, "需要补充什么", 500);
        requireOpen(c);
        if (c.getStatus() == ComplaintStatus.NEEDS_INFO) {
            throw new RuleViolation("已经在等投诉人补充了。");
        }
        LocalDateTime now = now();
        move(c, ComplaintStatus.NEEDS_INFO, actor.username(), true, "请补充:" + words,
                u -> u.set(Complaint::getPausedAt, now).set(Complaint::getDueAt, null).set(Complaint::getWarnAt, null));
        tell(c, "info:" + now.toString(), "请补充投诉材料", "待补充", cut(words, 20),
                "您的投诉 " + c.getCaseNo() + " 需要补充情况:\n" + words + "\n\n回复 我的投诉,选这件投诉,再选 补充情况。");
        audit.record(actor, "REQUEST_INFO", "complaint", id, null, c.getCaseNo());
        return get(id);
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

    /** Until when a concluded case may be reopened: a week after it was concluded, or after the promised day. */
    private static LocalDateTime reopenUntil(Complaint c) {
        LocalDateTime byConclusion = c.getConcludedAt().plus(REOPEN_WINDOW);
        if (c.getFollowUpOn() == null) {
            return byConclusion;
        }
        LocalDateTime byPromise = c.getFollowUpOn().plusDays(1).atStartOfDay(ChinaTime.ZONE)
                .withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime().plus(REOPEN_WINDOW);
        return byPromise.isAfter(byConclusion) ? byPromise : byConclusion;
    }

    @Transactional
    public Complaint conclude(Actor actor, RegionScope scope, long id, Outcome outcome) {
        Complaint c = get(scope, id);
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
        move(c, ComplaintStatus.CONCLUDED, actor.username(), true, outcome.conclusion().label() + ":" + reply, u -> {
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
        tell(c, "concluded:" + now, "投诉已办结", "已办结", outcome.conclusion().label(),
                "您的投诉 " + c.getCaseNo() + " 已办结:\n" + reply
                        + "\n\n对结果满意吗?回复 我的投诉,选这件投诉评价(7天内可以选 不满意,我们会重新办理)。");
        audit.record(actor, "CONCLUDE", "complaint", id, null, c.getCaseNo() + " " + outcome.conclusion().label());
        return get(id);
    }

    @Transactional
    public Complaint assign(Actor actor, RegionScope scope, long id, String username) {
        Complaint c = get(scope, id);
        String who = Text.required(username, "经办人", 64);
        update(c, u -> u.set(Complaint::getAssignee, who));
        append(c, actor.username(), HistoryType.ASSIGN, null, null, false, "指派给 " + who);
        audit.record(actor, "ASSIGN", "complaint", id, c.getAssignee(), who);
        return get(id);
    }

    /** Hands the case to another office, with the reason; the worker is told who has it now. */
    @Transactional
    public Complaint transfer(Actor actor, RegionScope scope, long id, String regionCode, String reason) {
        Complaint c = get(scope, id);
        requireOpen(c);
        String why = Text.required(reason, "转办原因", 255);
        Region target = regions.find(regionCode).orElseThrow(() -> new RuleViolation("找不到要转去的地区。"));
        if (target.getCode().equals(c.getOwnerRegionCode())) {
            throw new RuleViolation("已经由这个地区办理了。");
        }
        if (!handlesComplaints(target)) {
            throw new RuleViolation(target.getName() + "不办理投诉(村信息员打不开投诉),请转给乡镇、县或州。");
        }
        update(c, u -> u.set(Complaint::getOwnerRegionCode, target.getCode()).set(Complaint::getOwnerRegionPath, target.getPath())
                .set(Complaint::getAssignee, null));
        HistoryEntry row = append(c, actor.username(), HistoryType.TRANSFER, null, null, true, "转给" + target.getName() + ":" + why);
        tell(c, "transfer:" + row.getId(), "投诉已转办", "转办", "由" + cut(target.getName(), 16) + "办理",
                "您的投诉 " + c.getCaseNo() + " 已转给" + target.getName() + "办理。");
        audit.record(actor, "TRANSFER", "complaint", id, c.getOwnerRegionPath(), target.getPath() + " " + why);
        return get(id);
    }

    /** Offices with staff who may open complaints: 村 has only information officers. */
    public static boolean handlesComplaints(Region region) {
        return region.getLevel() != cn.laowu.core.region.RegionLevel.VILLAGE;
    }

    // --- the sweep's side ------------------------------------------------------------------

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
                        .lt(Complaint::getConcludedAt, now().minus(REOPEN_WINDOW))
                        .and(w -> w.isNull(Complaint::getFollowUpOn).or()
                                .lt(Complaint::getFollowUpOn, ChinaTime.today(clock).minusDays(REOPEN_WINDOW.toDays())))
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
        update(c, u -> {
            switch (stage) {
                case ACCEPT -> u.set(Complaint::getAcceptLate, true);
                case ANSWER -> u.set(Complaint::getAnswerLate, true);
                case CONCLUDE -> u.set(Complaint::getConcludeLate, true);
            }
        });
        escalate(get(id), stage.label() + "超期");
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
        update(c, u -> u.set(Complaint::getWarned, true));
        append(c, "system", HistoryType.WARNING, null, null, false,
                c.getStage().label() + "期限将到:最后期限 " + DueText.of(c.getDueAt()));
        return true;
    }

    /** Concluded and not reopened within the window: closed for good. */
    @Transactional
    public boolean closeIfSettled(long id) {
        Complaint c = complaints.selectById(id);
        if (c == null || c.getStatus() != ComplaintStatus.CONCLUDED || !reopenUntil(c).isBefore(now())) {
            return false;
        }
        LocalDateTime now = now();
        move(c, ComplaintStatus.CLOSED, "system", false, "办结满7天,自动关闭", u -> u.set(Complaint::getClosedAt, now));
        return true;
    }

    // --- helpers ---------------------------------------------------------------------------

    public Complaint get(long id) {
        return complaints.selectById(id);
    }

    private void doAccept(Actor actor, Complaint c) {
        LocalDateTime now = now();
        boolean late = now.isAfter(c.getAcceptDue());
        move(c, ComplaintStatus.ACCEPTED, actor.username(), true, "已受理", u -> {
            u.set(Complaint::getAcceptedAt, now).set(Complaint::getStage, Stage.ANSWER)
                    .set(Complaint::getDueAt, c.getAnswerDue()).set(Complaint::getWarnAt, TimeLimits.warnAt(now, c.getAnswerDue()))
                    .set(Complaint::getWarned, false);
            if (late) {
                u.set(Complaint::getAcceptLate, true);
            }
        });
        tell(c, "accepted", "投诉已受理", "已受理", "单号" + c.getCaseNo(), "您的投诉 " + c.getCaseNo()
                + " 已受理,工作人员会在" + plainDate(c.getAnswerDue()) + "前答复您。");
        audit.record(actor, "ACCEPT", "complaint", c.getId(), null, c.getCaseNo());
    }

    private void escalate(Complaint c, String reason) {
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
        move(c, back, "投诉人", false, "已补充,期限顺延" + paused + "个工作日",
                u -> u.set(Complaint::getAcceptDue, accept).set(Complaint::getAnswerDue, answer)
                        .set(Complaint::getConcludeDue, conclude).set(Complaint::getStage, stage)
                        .set(Complaint::getDueAt, due).set(Complaint::getWarnAt, TimeLimits.warnAt(now, due))
                        .set(Complaint::getWarned, false).set(Complaint::getPausedAt, null));
    }

    /** Changes the status with a conditional update and a history row; the worker is told when {@code text} is for them. */
    private void move(Complaint c, ComplaintStatus to, String actor, boolean forWorker, String text,
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
    private void update(Complaint c, java.util.function.Consumer<LambdaUpdateWrapper<Complaint>> change) {
        LambdaUpdateWrapper<Complaint> u = new LambdaUpdateWrapper<Complaint>().eq(Complaint::getId, c.getId())
                .eq(Complaint::getVersion, c.getVersion()).set(Complaint::getUpdatedAt, now()).setSql("version = version + 1");
        change.accept(u);
        if (complaints.update(null, u) != 1) {
            throw new RuleViolation("这件投诉刚被别人处理过,请刷新后再试。");
        }
        c.setVersion(c.getVersion() + 1);
    }

    private HistoryEntry append(Complaint c, String actor, HistoryType type, ComplaintStatus from, ComplaintStatus to,
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
    private void tell(Complaint c, String what, String subject, String state, String note, String body) {
        tell(c, what, subject, state, note, body, null);
    }

    private void tell(Complaint c, String what, String subject, String state, String note, String body, LocalDateTime notBefore) {
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

    private int claimPhotos(Complainant who, long complaintId, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return 0;
        }
        List<Long> wanted = ids.stream().distinct().limit(MAX_PHOTOS).toList();
        int claimed = attachments.update(null, new LambdaUpdateWrapper<Attachment>().in(Attachment::getId, wanted)
                .eq(Attachment::getAppid, who.appid()).eq(Attachment::getOpenid, who.openid())
                .isNull(Attachment::getComplaintId).set(Attachment::getComplaintId, complaintId));
        if (claimed > 0) {
            Complaint c = complaints.selectById(complaintId);
            append(c, "投诉人", HistoryType.ATTACHMENT, null, null, false, "照片" + claimed + "张");
        }
        return claimed;
    }

    private LambdaQueryWrapper<Complaint> visible(RegionScope scope) {
        return new LambdaQueryWrapper<Complaint>().and(w -> w.likeRight(Complaint::getOwnerRegionPath, scope.path())
                .or().likeRight(Complaint::getOriginRegionPath, scope.path()));
    }

    private Optional<Region> routeFor(String workPlace) {
        if (workPlace == null || workPlace.isBlank()) {
            return Optional.empty();
        }
        List<String> codes = jdbc.queryForList("SELECT region_code FROM complaint_route WHERE ? LIKE CONCAT('%', place, '%') "
                + "ORDER BY LENGTH(place) DESC LIMIT 1", String.class, workPlace.trim());
        return codes.isEmpty() ? Optional.empty() : regions.find(codes.get(0));
    }

    /** The township of a home path (/州/县/乡/村/ → /州/县/乡/); a home above township level stays as it is. */
    private Region township(String homePath) {
        String[] codes = homePath.substring(1).split("/");
        return regions.get(codes[Math.min(codes.length, 3) - 1]);
    }

    private static RegionScope scope(Complaint c) {
        return new RegionScope(c.getOriginRegionPath());
    }

    private static boolean owns(Complainant who, Complaint c) {
        return who.workerId() != null && who.workerId().equals(c.getWorkerId())
                || who.appid() != null && who.appid().equals(c.getAppid()) && who.openid().equals(c.getOpenid());
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

    static LocalDateTime local(LocalDateTime utc) {
        return utc.atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
    }

    /** "11月28日" for a deadline that ends at midnight (the last day it covers); with the hour for one in office hours. */
    public static String plainDate(LocalDateTime utcDue) {
        return DueText.of(utcDue);
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

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
