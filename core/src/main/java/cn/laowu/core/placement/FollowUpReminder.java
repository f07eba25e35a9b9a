package cn.laowu.core.placement;

import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Asks each placed worker, once per follow-up that falls due, to tell us how it is going, through
 * the outbox (a service notification when the chat window is closed). The worker answers with 回访
 * whenever they like; a worker the message cannot reach still finds the follow-up waiting, and
 * the township sees it in its queue to call.
 */
@Component
public class FollowUpReminder {

    static final String SOURCE = "follow-up:";
    private static final int BATCH = 200;
    /** The rest waits for the next run, so one run stays well within its lock. */
    private static final int MAX_PER_RUN = 2_000;

    private final FollowUpService followUps;
    private final Outbox outbox;
    private final TransactionTemplate transaction;

    public FollowUpReminder(FollowUpService followUps, Outbox outbox, TransactionTemplate transaction) {
        this.followUps = followUps;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    @Scheduled(initialDelayString = "${laowu.schedules.initial-delay:PT30S}",
            fixedDelayString = "${laowu.schedules.follow-up-reminders:PT15M}")
    @SchedulerLock(name = "follow-up-reminders", lockAtMostFor = "PT10M")
    public void run() {
        remindDue();
    }

    /** @return how many follow-ups were reminded of */
    public int remindDue() {
        int reminded = 0;
        List<FollowUpService.Item> due;
        do {
            due = followUps.dueForReminder(BATCH);
            for (FollowUpService.Item item : due) {
                // Marked and queued together: a reminder is queued once, whatever crashes.
                transaction.executeWithoutResult(status -> {
                    followUps.markReminded(item.followUp().getId());
                    outbox.toWorker(item.followUp().getWorkerId(), message(item));
                });
                reminded++;
            }
        } while (due.size() == BATCH && reminded < MAX_PER_RUN);
        return reminded;
    }

    private static Message message(FollowUpService.Item item) {
        String job = item.entry().job().getTitle();
        int month = item.followUp().getMonthNo();
        return Message.single(SOURCE + item.followUp().getId(), "岗位「" + job + "」跟踪回访", "上岗满" + month + "个月",
                "回复 回访 说说近况", "您在「" + job + "」上岗满" + month
                        + "个月了,最近还好吗?回复 回访 说说近况(一分钟),有困难我们帮您。");
    }
}
