package cn.laowu.core.broadcast;

import cn.laowu.core.outbox.OutboxAudience;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The schedule's part: broadcasts that are due go into the outbox, a range of followers at a time. A
 * crash midway leaves one QUEUEING; the next run adds only who is missing, since a recipient is queued
 * once per broadcast.
 */
@Component
class BroadcastQueue {

    private static final int CHUNK = 20_000;

    private final BroadcastMapper broadcasts;
    private final AudienceQuery audiences;
    private final BroadcastDrafts drafts;
    private final ApprovalHold approvalHold;
    private final OutboxAudience outbox;
    private final Clock clock;
    private final int approvalAbove;
    private final int weeklyCap;

    BroadcastQueue(BroadcastMapper broadcasts, AudienceQuery audiences, BroadcastDrafts drafts, ApprovalHold approvalHold,
                   OutboxAudience outbox, Clock clock,
                   @Value("${laowu.broadcasts.approval-above:1000}") int approvalAbove,
                   @Value("${laowu.broadcasts.weekly-cap:3}") int weeklyCap) {
        this.broadcasts = broadcasts;
        this.audiences = audiences;
        this.drafts = drafts;
        this.approvalHold = approvalHold;
        this.outbox = outbox;
        this.clock = clock;
        this.approvalAbove = approvalAbove;
        this.weeklyCap = weeklyCap;
    }

    /** @return how many deliveries were written */
    int queueDue() {
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
        Audience audience = drafts.audienceOf(b);
        Wishes wishes = drafts.wishesOf(b.jobIdList());
        // Subject and state: the subscription notice's (or mass send's) short fields.
        String state = b.getKind() == BroadcastKind.JOBS ? "招聘中" : "通知";
        long[] range = audiences.followerIdRange();
        int written = 0;
        for (long from = range[0]; from <= range[1]; from += CHUNK) {
            if (broadcasts.selectById(b.getId()).getStatus() == BroadcastStatus.CANCELLED) {
                return written;
            }
            written += audiences.queue(b, audience, wishes, weekAgo(), weeklyCap, from, from + CHUNK - 1,
                    b.getTitle(), state, null, LocalDateTime.now(clock).withNano(0));
        }
        long total = outbox.queued(b.source());
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
        long size = audiences.count(drafts.audienceOf(b), drafts.wishesOf(b.jobIdList()), weekAgo(), weeklyCap);
        if (size <= approvalAbove) {
            return false;
        }
        approvalHold.hold(b, size, approvalAbove);
        return true;
    }

    private LocalDateTime weekAgo() {
        return LocalDateTime.now(clock).minusDays(7);
    }
}
