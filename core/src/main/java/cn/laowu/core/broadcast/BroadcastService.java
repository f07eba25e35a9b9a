package cn.laowu.core.broadcast;

import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobPublished;
import cn.laowu.core.job.JobService;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.outbox.OutboxAudience;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
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
    /** The last line of every broadcast: how to stop them, in the worker's words. */
    static final String UNSUBSCRIBE = "回复 退订 不再接收。";

    private final BroadcastMapper broadcasts;
    private final AudienceQuery audiences;
    private final BroadcastDrafts drafts;
    private final BroadcastQueue queue;
    private final AutoNotices autoNotices;
    private final JobService jobs;
    private final Outbox outbox;
    private final OutboxAudience reach;
    private final AuditLog audit;
    private final Clock clock;
    private final int approvalAbove;
    private final int weeklyCap;

    public BroadcastService(BroadcastMapper broadcasts, AudienceQuery audiences, BroadcastDrafts drafts, BroadcastQueue queue,
                            AutoNotices autoNotices, JobService jobs, Outbox outbox, OutboxAudience reach, AuditLog audit,
                            Clock clock, @Value("${laowu.broadcasts.approval-above:1000}") int approvalAbove,
                            @Value("${laowu.broadcasts.weekly-cap:3}") int weeklyCap) {
        this.broadcasts = broadcasts;
        this.audiences = audiences;
        this.drafts = drafts;
        this.queue = queue;
        this.autoNotices = autoNotices;
        this.jobs = jobs;
        this.outbox = outbox;
        this.reach = reach;
        this.audit = audit;
        this.clock = clock;
        this.approvalAbove = approvalAbove;
        this.weeklyCap = weeklyCap;
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
        BroadcastDrafts.Prepared prepared = drafts.prepare(scope, draft);
        long size = audiences.count(prepared.audience(), prepared.wishes(), weekAgo(), weeklyCap);
        return new Preview(prepared.body(), size, size > approvalAbove);
    }

    @Transactional
    public Broadcast create(Actor actor, RegionScope scope, Draft draft) {
        BroadcastDrafts.Prepared prepared = drafts.prepare(scope, draft);
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
        b.setStatus(size > approvalAbove || drafts.village(scope) ? BroadcastStatus.AWAITING_APPROVAL : BroadcastStatus.SCHEDULED);
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
        RegionLevel level = drafts.levelOf(scope);
        if (level == RegionLevel.TOWNSHIP) {
            return b.getOwnerRegionPath().startsWith(scope.path()) && b.getOwnerRegionPath().length() > scope.path().length();
        }
        return level == RegionLevel.COUNTY || level == RegionLevel.PREFECTURE;
    }

    /** How many broadcasts wait for this approver (the console's badge): not their own, ones they may approve. */
    public long awaitingApproval(RegionScope scope, String username) {
        LambdaQueryWrapper<Broadcast> waiting = new LambdaQueryWrapper<Broadcast>()
                .eq(Broadcast::getStatus, BroadcastStatus.AWAITING_APPROVAL)
                .func(w -> scope.applyTo(w, Broadcast::getOwnerRegionPath)).ne(Broadcast::getCreatedBy, username);
        if (drafts.levelOf(scope) == RegionLevel.TOWNSHIP) {
            waiting.ne(Broadcast::getOwnerRegionPath, scope.path());
        } else if (drafts.levelOf(scope) != RegionLevel.COUNTY && drafts.levelOf(scope) != RegionLevel.PREFECTURE) {
            return 0;
        }
        return broadcasts.selectCount(waiting);
    }

    /** A village office sends job notices only (no announcements), held for its township. */
    public List<BroadcastKind> kinds(RegionScope scope) {
        return drafts.kinds(scope);
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
                .func(w -> scope.applyTo(w, Broadcast::getOwnerRegionPath)));
        if (b == null) {
            throw new NotFoundInScope("Broadcast");
        }
        return b;
    }

    public List<Broadcast> list(RegionScope scope, int limit) {
        return broadcasts.selectList(new LambdaQueryWrapper<Broadcast>()
                .func(w -> scope.applyTo(w, Broadcast::getOwnerRegionPath)).orderByDesc(Broadcast::getId)
                .last("LIMIT " + Math.max(1, Math.min(limit, 200))));
    }

    public Progress progress(RegionScope scope, long id) {
        Broadcast b = get(scope, id);
        OutboxAudience.Tally tally = reach.tally(b.source());
        Map<String, Long> failures = new LinkedHashMap<>();
        tally.failures().forEach(f -> failures.merge(FailureReasons.of(f.status(), f.errorCode()), f.count(), Long::sum));
        return new Progress(b, tally.queued(), tally.sent(), tally.delivered(), tally.failed(), tally.cancelled(), failures,
                applicationsBrought(b));
    }

    /** Workers told of a job who applied to it within 7 days of the notice. */
    private long applicationsBrought(Broadcast b) {
        return b.jobIdList().isEmpty() ? 0 : reach.countReached(b.source(), ApplicationSql.COUNT_APPLICATIONS,
                ApplicationSql.joinAppliedWithinWeek("d.worker_id", "d.sent_at"),
                new MapSqlParameterSource("jobIds", b.jobIdList()));
    }

    /**
     * Queues the broadcasts that are due into the outbox (run by the schedule on one instance).
     *
     * @return how many deliveries were written
     */
    public int queueDue() {
        return queue.queueDue();
    }

    /** Opt a job in or out of notifying matching workers when it is published. */
    @Transactional
    public void autoNotice(Actor actor, RegionScope scope, long jobId, boolean on) {
        jobs.job(scope, jobId);
        autoNotices.set(jobId, on);
        audit.record(actor, on ? "AUTO_NOTICE_ON" : "AUTO_NOTICE_OFF", "job", jobId, null, null);
    }

    public boolean autoNotice(long jobId) {
        return autoNotices.on(jobId);
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
        Draft draft = new Draft(BroadcastKind.JOBS, title, null, List.of(job.getId()), BroadcastDrafts.codeOf(job.getOwnerRegionPath()),
                Registered.REGISTERED, false, true, null);
        try {
            Broadcast b = create(Actor.system(job.getOwnerRegionPath()), scope, draft);
            broadcasts.update(null, new LambdaUpdateWrapper<Broadcast>().eq(Broadcast::getId, b.getId())
                    .set(Broadcast::getAutomatic, true));
        } catch (RuleViolation nobody) {
            // Nobody's wishes fit (or all are capped): nothing to send, nothing to record.
        }
    }

    /** The audiences an office may choose (followers not registered yet only where an account serves it). */
    public List<Registered> audiences(RegionScope scope) {
        return drafts.audiences(scope);
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

    private LocalDateTime weekAgo() {
        return LocalDateTime.now(clock).minusDays(7);
    }
}
