package cn.laowu.core.broadcast;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Queues due broadcasts into the outbox and marks settled ones 已完成, on one instance at a time. */
@Component
class BroadcastSchedule {

    private static final Logger log = LoggerFactory.getLogger(BroadcastSchedule.class);

    private final BroadcastService broadcasts;
    private final BroadcastFinisher finisher;

    BroadcastSchedule(BroadcastService broadcasts, BroadcastFinisher finisher) {
        this.broadcasts = broadcasts;
        this.finisher = finisher;
    }

    @Scheduled(initialDelayString = "${laowu.schedules.initial-delay:PT30S}",
            fixedDelayString = "${laowu.schedules.broadcasts:PT30S}")
    @SchedulerLock(name = "broadcasts", lockAtMostFor = "PT30M")
    public void run() {
        int written = broadcasts.queueDue();
        if (written > 0) {
            log.info("Queued {} broadcast deliveries", written);
        }
        finisher.finishSettled();
    }
}
