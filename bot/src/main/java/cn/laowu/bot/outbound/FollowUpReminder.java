package cn.laowu.bot.outbound;

import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.placement.FollowUpService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Asks each placed worker, once per follow-up that falls due, to tell us how it is going. The
 * worker answers with 回访 whenever they like; a worker the message cannot reach (no chat in 48
 * hours) still finds the follow-up waiting, and the township sees it in its queue to call.
 */
@Component
public class FollowUpReminder {

    private static final int BATCH = 200;
    /** Well within the lock's lease at WeChat's pace; the rest waits for the next run. */
    private static final int MAX_PER_RUN = 2_000;

    private final FollowUpService followUps;
    private final FollowerService followers;
    private final WeChatAccounts accounts;
    private final CustomerServiceMessenger messenger;

    public FollowUpReminder(FollowUpService followUps, FollowerService followers, WeChatAccounts accounts,
                            CustomerServiceMessenger messenger) {
        this.followUps = followUps;
        this.followers = followers;
        this.accounts = accounts;
        this.messenger = messenger;
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
                followUps.markReminded(item.followUp().getId(), remind(item));
                reminded++;
            }
        } while (due.size() == BATCH && reminded < MAX_PER_RUN);
        return reminded;
    }

    /** @return whether the message reached the worker in at least one account */
    private boolean remind(FollowUpService.Item item) {
        String text = "您在「" + item.entry().job().getTitle() + "」上岗满" + item.followUp().getMonthNo()
                + "个月了,最近还好吗?回复 回访 说说近况(一分钟),有困难我们帮您。";
        List<Follower> recipients = followers.ofWorkers(List.of(item.followUp().getWorkerId())).stream()
                .filter(f -> Boolean.TRUE.equals(f.getSubscribed())).toList();
        boolean delivered = false;
        for (Follower follower : recipients) {
            delivered |= accounts.find(follower.getAppid())
                    .map(account -> messenger.sendText(account, follower.getOpenid(), text)).orElse(false);
        }
        return delivered;
    }
}
