package cn.laowu.core.broadcast;

import cn.laowu.core.account.OfficialAccount;
import cn.laowu.core.account.OfficialAccounts;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobPublished;
import cn.laowu.core.job.JobService;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Job notices and announcements to many workers: composed and previewed (with the audience's
 * size) by an office for its own region, approved by a county admin above a size, queued into
 * the outbox when due, cancelled while going, followed live.
 */
@Service
public class BroadcastService {

    /** At most this many jobs in one notice: a worker reads a few lines, not a catalogue. */
    static final int MAX_JOBS = 5;
    private static final int CHUNK = 20_000;
    /** The last line of every broadcast: how to stop them, in the worker's words. */
    static final String UNSUBSCRIBE = "回复 退订 不再接收。";

    private final BroadcastMapper broadcasts;
    private final AudienceQuery audiences;
    private final JobService jobs;
    private final RegionService regions;
    private final OfficialAccounts accounts;
    private final Outbox outbox;
    private final AuditLog audit;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final int approvalAbove;
    private final int weeklyCap;
    private final ApprovalHold approvalHold;

    public BroadcastService(BroadcastMapper broadcasts, AudienceQuery audiences, JobService jobs, RegionService regions,
                            OfficialAccounts accounts, Outbox outbox, AuditLog audit, NamedParameterJdbcTemplate jdbc,
                            Clock clock, ApprovalHold approvalHold,
                            @Value("${laowu.broadcasts.approval-above:1000}") int approvalAbove,
                            @Value("${laowu.broadcasts.weekly-cap:3}") int weeklyCap) {
        this.broadcasts = broadcasts;
        this.audiences = audiences;
        this.jobs = jobs;
        this.regions = regions;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.approvalAbove = approvalAbove;
        this.weeklyCap = weeklyCap;
        this.approvalHold = approvalHold;
    }

    /**
     * What an office fills in. {@code regionCode}: the subtree to reach (the office's own region
     * or below); {@code sendAt}: null for now (UTC).
     */
    public record Draft(BroadcastKind kind, String title, String text, List<Long> jobIds, String regionCode,
                        Registered registered, boolean povertyOnly, boolean matchWishes, LocalDateTime sendAt,
                        String narrowing) {
        public Draft(BroadcastKind kind, String title, String text, List<Long> jobIds, String regionCode,
                     Registered registered, boolean povertyOnly, boolean matchWishes, LocalDateTime sendAt) {
            this(kind, title, text, jobIds, regionCode, registered, povertyOnly, matchWishes, sendAt, null);
        }
    }

    /** The notice as the worker will read it, and how many will get it. */
    public record Preview(String body, long audienceSize, boolean needsApproval) {
    }

    /** A broadcast with its deliveries by outcome and the applications it brought. */
    public record Progress(Broadcast broadcast, long queued, long sent, long delivered, long failed, long cancelled,
                           Map<String, Long> failures, long applications) {
    }

    public Preview preview(RegionScope scope, Draft draft) {
        Prepared prepared = prepare(scope, draft);
        long size = audiences.count(prepared.audience(), prepared.wishes(), weekAgo(), weeklyCap);
        return new Preview(prepared.body(), size, size > approvalAbove);
    }

    @Transactional
    public Broadcast create(Actor actor, RegionScope scope, Draft draft) {
        Prepared prepared = prepare(scope, draft);
        long size = audiences.count(prepared.audience(), prepared.wishes(), weekAgo(), weeklyCap);
        if (size == 0) {
            throw new RuleViolation("按这些条件一个人也发不到,请放宽条件。");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (draft.sendAt() != null && draft.sendAt().isBefore(now.minusMinutes(1))) {
            throw new RuleViolation("定时发送的时间已经过了。");
        }
        Broadcast b = new Broadcast();
        b.setKind(draft.kind());
        b.setTitle(draft.title().trim());
        b.setBody(prepared.body());
        b.setJobIds(draft.jobIds() == null || draft.jobIds().isEmpty() ? null
                : draft.jobIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        b.setOwnerRegionPath(scope.path());
        b.setAudienceRegionPath(prepared.audience().regionPath());
        b.setAudienceNarrowing(draft.narrowing());
        b.setPovertyOnly(draft.povertyOnly());
        b.setRegistered(draft.registered());
        b.setMatchWishes(draft.matchWishes());
        // A village's job notice always waits for its township (004 第四条: 村级 sends, the 乡镇 answers for it).
        b.setStatus(size > approvalAbove || village(scope) ? BroadcastStatus.AWAITING_APPROVAL : BroadcastStatus.SCHEDULED);
        b.setSendAt(draft.sendAt() == null ? now : draft.sendAt());
        b.setAudienceSize((int) Math.min(Integer.MAX_VALUE, size));
        b.setAutomatic(false);
        b.setCreatedBy(actor.username());
        b.setCreatedAt(now);
        broadcasts.insert(b);
        audit.record(actor, "CREATE", "broadcast", b.getId(), null, b.getTitle() + " · " + size + " 人");
        return b;
    }

    /** A county admin lets a large broadcast go; not the one who wrote it. */
    @Transactional
    public Broadcast approve(Actor actor, RegionScope scope, long id) {
        Broadcast b = get(scope, id);
        if (b.getStatus() != BroadcastStatus.AWAITING_APPROVAL) {
            throw new RuleViolation("这条通知不在待审批状态。");
        }
        if (b.getCreatedBy().equals(actor.username())) {
            throw new RuleViolation("不能审批自己发起的通知,请另一位管理员审批。");
        }
        if (!mayApprove(scope, b)) {
            throw new RuleViolation("乡镇只审批本乡镇各村发的岗位推荐;人数多的推送请县级以上管理员审批。");
        }
        broadcasts.update(null, new LambdaUpdateWrapper<Broadcast>().eq(Broadcast::getId, id)
                .eq(Broadcast::getStatus, BroadcastStatus.AWAITING_APPROVAL)
                .set(Broadcast::getStatus, BroadcastStatus.SCHEDULED).set(Broadcast::getApprovedBy, actor.username()));
        audit.record(actor, "APPROVE", "broadcast", id, null, b.getTitle());
        return get(scope, id);
    }

    /**
     * Who may let a waiting broadcast go, besides "not its author": a county or 州 office anything in
     * its region; a township only what its villages wrote.
     */
    public boolean mayApprove(RegionScope scope, Broadcast b) {
        RegionLevel level = levelOf(scope);
        if (level == RegionLevel.TOWNSHIP) {
            return b.getOwnerRegionPath().startsWith(scope.path()) && b.getOwnerRegionPath().length() > scope.path().length();
        }
        return level == RegionLevel.COUNTY || level == RegionLevel.PREFECTURE;
    }

    /** How many broadcasts wait for this approver (the console's badge): not their own, ones they may approve. */
    public long awaitingApproval(RegionScope scope, String username) {
        LambdaQueryWrapper<Broadcast> waiting = new LambdaQueryWrapper<Broadcast>()
                .eq(Broadcast::getStatus, BroadcastStatus.AWAITING_APPROVAL)
                .likeRight(Broadcast::getOwnerRegionPath, scope.path()).ne(Broadcast::getCreatedBy, username);
        if (levelOf(scope) == RegionLevel.TOWNSHIP) {
            waiting.ne(Broadcast::getOwnerRegionPath, scope.path());
        } else if (levelOf(scope) != RegionLevel.COUNTY && levelOf(scope) != RegionLevel.PREFECTURE) {
            return 0;
        }
        return broadcasts.selectCount(waiting);
    }

    /** A village office sends job notices only (no announcements), held for its township. */
    public List<BroadcastKind> kinds(RegionScope scope) {
        return village(scope) ? List.of(BroadcastKind.JOBS) : List.of(BroadcastKind.values());
    }

    private boolean village(RegionScope scope) {
        return levelOf(scope) == RegionLevel.VILLAGE;
    }

    private RegionLevel levelOf(RegionScope scope) {
        return regions.find(codeOf(scope.path())).map(Region::getLevel).orElse(null);
    }

    /** Stops it: nothing more goes out; what went stays on record. */
    @Transactional
    public Broadcast cancel(Actor actor, RegionScope scope, long id) {
        Broadcast b = get(scope, id);
        if (b.getStatus() == BroadcastStatus.CANCELLED || b.getStatus() == BroadcastStatus.DONE) {
            return b;
        }
        broadcasts.update(null, new LambdaUpdateWrapper<Broadcast>().eq(Broadcast::getId, id)
                .set(Broadcast::getStatus, BroadcastStatus.CANCELLED)
                .set(Broadcast::getCancelledAt, LocalDateTime.now(clock)));
        int stopped = outbox.cancel(b.source());
        audit.record(actor, "CANCEL", "broadcast", id, null, b.getTitle() + " · 撤回 " + stopped + " 条");
        return get(scope, id);
    }

    public Broadcast get(RegionScope scope, long id) {
        Broadcast b = broadcasts.selectOne(new LambdaQueryWrapper<Broadcast>().eq(Broadcast::getId, id)
                .likeRight(Broadcast::getOwnerRegionPath, scope.path()));
        if (b == null) {
            throw new NotFoundInScope("Broadcast");
        }
        return b;
    }

    public List<Broadcast> list(RegionScope scope, int limit) {
        return broadcasts.selectList(new LambdaQueryWrapper<Broadcast>()
                .likeRight(Broadcast::getOwnerRegionPath, scope.path()).orderByDesc(Broadcast::getId)
                .last("LIMIT " + Math.max(1, Math.min(limit, 200))));
    }

    public Progress progress(RegionScope scope, long id) {
        Broadcast b = get(scope, id);
        long queued = 0, sent = 0, delivered = 0, failed = 0, cancelled = 0;
        Map<String, Long> failures = new LinkedHashMap<>();
        for (Map<String, Object> row : outbox.progress(b.source())) {
            String status = String.valueOf(row.get("status"));
            long n = ((Number) row.get("n")).longValue();
            switch (status) {
                case "QUEUED", "SENDING" -> queued += n;
                case "SENT" -> sent += n;
                case "DELIVERED" -> delivered += n;
                case "CANCELLED" -> cancelled += n;
                default -> {
                    failed += n;
                    failures.merge(FailureReasons.of(status, (Number) row.get("error_code")), n, Long::sum);
                }
            }
        }
        return new Progress(b, queued, sent, delivered, failed, cancelled, failures, applicationsBrought(b));
    }

    /** Workers told of a job who applied to it within 7 days of the notice. */
    private long applicationsBrought(Broadcast b) {
        if (b.jobIdList().isEmpty()) {
            return 0;
        }
        Long n = jdbc.queryForObject("SELECT COUNT(DISTINCT a.id) FROM delivery d JOIN job_application a "
                        + "ON a.worker_id = d.worker_id AND a.job_id IN (:jobs) WHERE d.source = :source "
                        + "AND d.status IN ('SENT', 'DELIVERED') AND a.created_at >= d.sent_at "
                        + "AND a.created_at < d.sent_at + INTERVAL 7 DAY",
                new MapSqlParameterSource("jobs", b.jobIdList()).addValue("source", b.source()), Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Queues the broadcasts that are due into the outbox, a range of followers at a time (run by
     * the schedule on one instance). A crash midway leaves it QUEUEING; the next run adds only who
     * is missing, since a recipient is queued once per broadcast.
     *
     * @return how many deliveries were written
     */
    public int queueDue() {
        int written = 0;
        for (Broadcast b : broadcasts.selectList(new LambdaQueryWrapper<Broadcast>()
                .and(w -> w.eq(Broadcast::getStatus, BroadcastStatus.SCHEDULED)
                        .le(Broadcast::getSendAt, LocalDateTime.now(clock))
                        .or().eq(Broadcast::getStatus, BroadcastStatus.QUEUEING))
                .orderByAsc(Broadcast::getId).last("LIMIT 20"))) {
            written += queue(b);
        }
        return written;
    }

    private int queue(Broadcast b) {
        if (b.getStatus() == BroadcastStatus.SCHEDULED && b.getApprovedBy() == null && heldForApproval(b)) {
            return 0;
        }
        broadcasts.update(null, new LambdaUpdateWrapper<Broadcast>().eq(Broadcast::getId, b.getId())
                .eq(Broadcast::getStatus, b.getStatus()).set(Broadcast::getStatus, BroadcastStatus.QUEUEING));
        Audience audience = audienceOf(b);
        Wishes wishes = wishesOf(b.jobIdList());
        String[] fields = noticeFields(b);
        long[] range = audiences.followerIdRange();
        int written = 0;
        for (long from = range[0]; from <= range[1]; from += CHUNK) {
            if (broadcasts.selectById(b.getId()).getStatus() == BroadcastStatus.CANCELLED) {
                return written;
            }
            written += audiences.queue(b, audience, wishes, weekAgo(), weeklyCap, from, from + CHUNK - 1,
                    fields[0], fields[1], fields[2], LocalDateTime.now(clock).withNano(0));
        }
        long total = outbox.progress(b.source()).stream().mapToLong(r -> ((Number) r.get("n")).longValue()).sum();
        broadcasts.update(null, new LambdaUpdateWrapper<Broadcast>().eq(Broadcast::getId, b.getId())
                .eq(Broadcast::getStatus, BroadcastStatus.QUEUEING).set(Broadcast::getStatus, BroadcastStatus.QUEUED)
                .set(Broadcast::getQueuedCount, (int) total).set(Broadcast::getQueuedAt, LocalDateTime.now(clock)));
        return written;
    }

    /**
     * Counted again at the send time: workers who registered since it was created may have taken a
     * broadcast that needed no approval past the threshold; then it waits for one, as if created so.
     */
    private boolean heldForApproval(Broadcast b) {
        long size = audiences.count(audienceOf(b), wishesOf(b.jobIdList()), weekAgo(), weeklyCap);
        if (size <= approvalAbove) {
            return false;
        }
        approvalHold.hold(b, size, approvalAbove);
        return true;
    }

    /** Opt a job in or out of notifying matching workers when it is published. */
    @Transactional
    public void autoNotice(Actor actor, RegionScope scope, long jobId, boolean on) {
        jobs.job(scope, jobId);
        if (on) {
            jdbc.update("INSERT IGNORE INTO job_auto_notice (job_id, created_at) VALUES (:job, :now)",
                    new MapSqlParameterSource("job", jobId).addValue("now", LocalDateTime.now(clock)));
        } else {
            jdbc.update("DELETE FROM job_auto_notice WHERE job_id = :job", new MapSqlParameterSource("job", jobId));
        }
        audit.record(actor, on ? "AUTO_NOTICE_ON" : "AUTO_NOTICE_OFF", "job", jobId, null, null);
    }

    public boolean autoNotice(long jobId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM job_auto_notice WHERE job_id = :job",
                new MapSqlParameterSource("job", jobId), Long.class);
        return n != null && n > 0;
    }

    /** A job opted in and published for the first time: its office's workers whose wishes fit are told, under the same caps. */
    @EventListener
    void published(JobPublished event) {
        Job job = event.job();
        if (!autoNotice(job.getId())) {
            return;
        }
        RegionScope scope = new RegionScope(job.getOwnerRegionPath());
        String title = job.getTitle().length() <= 20 ? job.getTitle() : job.getTitle().substring(0, 20);
        Draft draft = new Draft(BroadcastKind.JOBS, title, null, List.of(job.getId()), codeOf(job.getOwnerRegionPath()),
                Registered.REGISTERED, false, true, null);
        try {
            Broadcast b = create(Actor.system(job.getOwnerRegionPath()), scope, draft);
            broadcasts.update(null, new LambdaUpdateWrapper<Broadcast>().eq(Broadcast::getId, b.getId())
                    .set(Broadcast::getAutomatic, true));
        } catch (RuleViolation nobody) {
            // Nobody's wishes fit (or all are capped): nothing to send, nothing to record.
        }
    }

    private record Prepared(String body, Audience audience, Wishes wishes) {
    }

    private Prepared prepare(RegionScope scope, Draft draft) {
        if (draft.kind() == null) {
            throw new RuleViolation("请选择通知类型。");
        }
        Text.required(draft.title(), "标题", 20);
        Region region = regions.find(draft.regionCode()).filter(scope::covers)
                .orElseThrow(() -> new RuleViolation("只能发给本辖区的人。"));
        Registered registered = draft.registered() == null ? Registered.REGISTERED : draft.registered();
        List<String> appids = accounts.all().stream().filter(a -> accountServes(a, region)).map(OfficialAccount::appid)
                .toList();
        if (registered != Registered.REGISTERED && appids.isEmpty()) {
            throw new RuleViolation("未登记的关注者没有户籍地,只有管公众号所在地区的单位才能发给他们。");
        }
        List<Long> jobIds = draft.jobIds() == null ? List.of() : List.copyOf(draft.jobIds());
        if (village(scope) && draft.kind() != BroadcastKind.JOBS) {
            throw new RuleViolation("村里可以发已考察企业的岗位推荐,由乡镇审批后发出;通知公告请乡镇发。");
        }
        String body;
        if (draft.kind() == BroadcastKind.JOBS) {
            body = jobsBody(draft.title().trim(), jobIds);
        } else {
            Text.required(draft.text(), "通知内容", 500);
            if (!jobIds.isEmpty()) {
                throw new RuleViolation("通知公告不带岗位;要推岗位请选 岗位推荐。");
            }
            body = "【" + draft.title().trim() + "】\n" + draft.text().trim() + "\n" + UNSUBSCRIBE;
        }
        Audience audience = new Audience(region.getPath(), registered, draft.povertyOnly(),
                draft.matchWishes() && draft.kind() == BroadcastKind.JOBS, jobIds, appids, draft.narrowing());
        return new Prepared(body, audience, draft.kind() == BroadcastKind.JOBS ? wishesOf(jobIds) : null);
    }

    /**
     * The audiences an office may choose: followers not registered yet only when an account serves
     * its region (the rule {@link #prepare} enforces), so the form never offers what it would refuse.
     */
    public List<Registered> audiences(RegionScope scope) {
        Region own = regions.find(codeOf(scope.path())).orElse(null);
        return own != null && accounts.all().stream().anyMatch(a -> accountServes(a, own))
                ? List.of(Registered.values()) : List.of(Registered.REGISTERED);
    }

    /** The jobs of a job notice, in the order the notice numbers them (empty for an announcement or another source). */
    public List<Long> jobsOfSource(String source) {
        if (source == null || !source.startsWith(Broadcast.SOURCE_PREFIX)) {
            return List.of();
        }
        try {
            Broadcast b = broadcasts.selectById(Long.parseLong(source.substring(Broadcast.SOURCE_PREFIX.length())));
            return b == null ? List.of() : b.jobIdList();
        } catch (NumberFormatException notOurs) {
            return List.of();
        }
    }

    /** An account's followers who have not registered belong to the account's region: its office, or one above it. */
    private boolean accountServes(OfficialAccount account, Region audienceRegion) {
        return account.regionCode() != null && regions.find(account.regionCode())
                .map(r -> r.getPath().startsWith(audienceRegion.getPath())).orElse(false);
    }

    private String jobsBody(String title, List<Long> jobIds) {
        if (jobIds.isEmpty() || jobIds.size() > MAX_JOBS) {
            throw new RuleViolation("岗位推荐请选1到" + MAX_JOBS + "个正在招工的岗位。");
        }
        StringBuilder body = new StringBuilder("【" + title + "】");
        int n = 0;
        for (Long id : jobIds) {
            JobService.JobCard card = jobs.openJob(id)
                    .orElseThrow(() -> new RuleViolation("岗位 " + id + " 没有在招工,不能推荐。"));
            if (card.employer() == null || !card.employer().isVetted()) {
                throw new RuleViolation("岗位「" + card.job().getTitle() + "」的企业还没有考察,不能推荐。");
            }
            Job job = card.job();
            body.append("\n").append(++n).append(". ").append(job.getTitle()).append(" · ").append(job.getWorkPlace()).append(" · 月薪")
                    .append(job.getWageMinFen() / 100).append("–").append(job.getWageMaxFen() / 100).append("元 · 还招")
                    .append(Math.max(0, job.getHeadcount() - job.getFilled())).append("人");
        }
        return body.append("\n回复序号看详情、报名,比如 1。").append(UNSUBSCRIBE).toString();
    }

    private Wishes wishesOf(List<Long> jobIds) {
        Map<Long, Job> found = jobs.byIds(jobIds);
        List<String> areas = new ArrayList<>(found.values().stream().map(j -> j.getWorkArea().name()).distinct().toList());
        long maxWage = found.values().stream().mapToLong(Job::getWageMaxFen).max().orElse(Long.MAX_VALUE);
        return new Wishes(areas.isEmpty() ? List.of("NONE") : areas, maxWage);
    }

    private Audience audienceOf(Broadcast b) {
        Region region = regions.get(codeOf(b.getAudienceRegionPath()));
        List<String> appids = accounts.all().stream().filter(a -> accountServes(a, region)).map(OfficialAccount::appid)
                .toList();
        return new Audience(b.getAudienceRegionPath(), b.getRegistered(), Boolean.TRUE.equals(b.getPovertyOnly()),
                Boolean.TRUE.equals(b.getMatchWishes()), b.jobIdList(), appids, b.getAudienceNarrowing());
    }

    /** Subject, state and note: the subscription notice's (or mass send's) short fields. */
    private static String[] noticeFields(Broadcast b) {
        return new String[]{b.getTitle(), b.getKind() == BroadcastKind.JOBS ? "招聘中" : "通知", null};
    }

    private LocalDateTime weekAgo() {
        return LocalDateTime.now(clock).minusDays(7);
    }

    /** "/433100/433101/" → "433101": a materialised path ends with its region's code. */
    private static String codeOf(String path) {
        String[] parts = path.split("/");
        return parts[parts.length - 1];
    }
}
