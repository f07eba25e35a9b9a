package cn.laowu.core.broadcast;

import cn.laowu.core.outbox.Outbox;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * 发送中 → 已完成: a queued broadcast none of whose deliveries waits or is being sent any more,
 * with how many it reached and how many it did not kept on the row. Run with the queueing schedule;
 * a row retried later (45009 at midnight) is still waiting, so the broadcast is not finished early.
 */
@Component
class BroadcastFinisher {

    private final BroadcastMapper broadcasts;
    private final Outbox outbox;
    private final Clock clock;

    BroadcastFinisher(BroadcastMapper broadcasts, Outbox outbox, Clock clock) {
        this.broadcasts = broadcasts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many broadcasts were finished */
    int finishSettled() {
        int finished = 0;
        for (Broadcast b : broadcasts.selectList(new LambdaQueryWrapper<Broadcast>()
                .eq(Broadcast::getStatus, BroadcastStatus.QUEUED).orderByAsc(Broadcast::getId).last("LIMIT 100"))) {
            finished += finish(b) ? 1 : 0;
        }
        return finished;
    }

    private boolean finish(Broadcast b) {
        long reached = 0, failed = 0;
        for (Map<String, Object> row : outbox.progress(b.source())) {
            long n = ((Number) row.get("n")).longValue();
            switch (String.valueOf(row.get("status"))) {
                case "QUEUED", "SENDING" -> {
                    return false;
                }
                case "SENT", "DELIVERED" -> reached += n;
                case "CANCELLED" -> {
                }
                default -> failed += n;
            }
        }
        return broadcasts.update(null, new LambdaUpdateWrapper<Broadcast>().eq(Broadcast::getId, b.getId())
                .eq(Broadcast::getStatus, BroadcastStatus.QUEUED).set(Broadcast::getStatus, BroadcastStatus.DONE)
                .set(Broadcast::getFinishedAt, LocalDateTime.now(clock))
                .set(Broadcast::getReachedCount, (int) reached).set(Broadcast::getFailedCount, (int) failed)) == 1;
    }
}
