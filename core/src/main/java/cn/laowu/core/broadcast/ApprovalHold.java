package cn.laowu.core.broadcast;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A broadcast that needed no approval when it was created but whose audience, counted again at
 * the send time, is over the threshold (workers registered since): it waits for approval as if
 * created so, and the log says why, for its author to see.
 */
@Component
class ApprovalHold {

    private final BroadcastMapper broadcasts;
    private final AuditLog audit;

    ApprovalHold(BroadcastMapper broadcasts, AuditLog audit) {
        this.broadcasts = broadcasts;
        this.audit = audit;
    }

    @Transactional
    void hold(Broadcast b, long size, int threshold) {
        int held = broadcasts.update(null, new LambdaUpdateWrapper<Broadcast>().eq(Broadcast::getId, b.getId())
                .eq(Broadcast::getStatus, BroadcastStatus.SCHEDULED).isNull(Broadcast::getApprovedBy)
                .set(Broadcast::getStatus, BroadcastStatus.AWAITING_APPROVAL)
                .set(Broadcast::getAudienceSize, (int) Math.min(Integer.MAX_VALUE, size)));
        if (held == 1) {
            audit.record(Actor.system(b.getOwnerRegionPath()), "HOLD_FOR_APPROVAL", "broadcast", b.getId(), null,
                    b.getTitle() + " · 发送时 " + size + " 人,超过 " + threshold + " 人");
        }
    }
}
