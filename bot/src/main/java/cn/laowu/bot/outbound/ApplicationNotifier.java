package cn.laowu.bot.outbound;

import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.application.ApplicationStatusChanged;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Tells the worker, in the chat of every account they follow, each time their application moves.
 * Sent after the change commits, off the committing thread. A customer-service message reaches
 * a worker who wrote in the last 48 hours; the durable outbox with template messages (the
 * broadcast issue) will carry these beyond that.
 */
@Component
public class ApplicationNotifier implements DisposableBean {

    private final FollowerService followers;
    private final WeChatAccounts accounts;
    private final CustomerServiceMessenger messenger;
    private final ExecutorService sender = new ThreadPoolExecutor(1, 4, 60, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(10_000), runnable -> {
                Thread thread = new Thread(runnable, "application-notifier");
                thread.setDaemon(true);
                return thread;
            });

    public ApplicationNotifier(FollowerService followers, WeChatAccounts accounts, CustomerServiceMessenger messenger) {
        this.followers = followers;
        this.accounts = accounts;
        this.messenger = messenger;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onChange(ApplicationStatusChanged change) {
        String text = message(change);
        if (text == null) {
            return;
        }
        List<Follower> recipients = followers.ofWorkers(List.of(change.workerId())).stream()
                .filter(f -> Boolean.TRUE.equals(f.getSubscribed())).toList();
        for (Follower follower : recipients) {
            accounts.find(follower.getAppid()).ifPresent(account ->
                    sender.execute(() -> messenger.sendText(account, follower.getOpenid(), text)));
        }
    }

    /** Null when the worker made the change in the chat, and saw the result there. */
    static String message(ApplicationStatusChanged change) {
        String job = "您报名的「" + change.jobTitle() + "」";
        String note = change.note() == null ? "" : "(" + change.note() + ")";
        if (change.from() == null || change.byWorker()) {
            return null;
        }
        return switch (change.to()) {
            case APPLIED -> "好消息:有名额空出来了," + job + "已从候补转为正式报名。";
            case SCREENING -> job + "进入资格审查,工作人员会核对您的年龄和身体情况。";
            case MEDICAL -> job + "已通过资格审查,请按通知去体检。" + note;
            case TRAINING -> job + "请参加上岗前的免费培训。" + note;
            case DISPATCH -> job + "已安排集中输送:" + (change.note() == null ? "出发时间和带队人员会另行通知。" : change.note() + "。");
            case PLACED -> job + "已上岗,祝工作顺利!上岗满1、3、6、12个月时我们会问问您的近况。遇到欠薪等问题,回复 投诉 找我们。";
            case FOLLOW_UP -> job + "进入跟踪服务:上岗满1、3、6、12个月时我们会问问您的近况,回复 回访 随时可以说。";
            case STABLE -> job + "已稳定就业满一年,辛苦了!";
            case REJECTED -> job + "没有通过" + note + "。回复 找工作 看看其他岗位。";
            case WITHDRAWN -> job + "已取消" + note + "。";
            case WAITLISTED -> null;
        };
    }

    @Override
    public void destroy() {
        sender.shutdown();
    }
}
