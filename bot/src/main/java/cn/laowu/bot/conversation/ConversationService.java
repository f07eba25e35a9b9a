package cn.laowu.bot.conversation;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.protocol.InboundMessage;
import cn.laowu.bot.conversation.ConversationStore.Begin;
import cn.laowu.bot.conversation.ConversationStore.Follower;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.outbound.LateReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Handles one delivery from WeChat exactly once across all instances, within the reply budget:
 * <ol>
 * <li>claim the delivery in Redis (a retry of a claimed one waits for, and gets, the same reply) and,
 * in the same round trip, the follower's turn: turns of one follower run one at a time, in order,
 * each on the state the one before left ({@link FollowerTurns});</li>
 * <li>count it against the follower's rate limit;</li>
 * <li>run the dialog on a worker thread ({@link DialogTurn}); if it overruns the budget, WeChat is
 * answered "success" now and the reply follows through the outbox, on its reply lane ({@link LateReplies});</li>
 * <li>save the reply (for retries) and the new dialog state in one round trip;</li>
 * <li>once the reply is handed over, what the message changes beyond it (the service window).</li>
 * </ol>
 */
@Service
public class ConversationService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);
    static final String SORRY = "抱歉,系统出了点问题,请稍后再试。回复 菜单 重新开始。";
    static final String BUSY = "现在找我们的人太多,请过一分钟再发一次。";
    static final String SLOW_DOWN = "您发得太快了,请稍等一分钟再发。";
    static final String NO_STATE = "系统繁忙,请稍后再试。现在可以回复 菜单 看服务,或直接问政策,比如\"路费补贴怎么领\"。";

    private final ConversationStore store;
    private final WeChatProperties settings;
    private final ThreadPoolExecutor workers;
    private final FollowerTurns turns;
    private final TurnWithoutRedis withoutRedis;
    private final DialogTurn.Tools tools;

    public ConversationService(ConversationStore store, MessageRouter router, LateReplies lateReplies,
                               WeChatProperties settings, DialogStateCodec codec, DurableDialogs durables,
                               FollowerTurns turns, TurnWithoutRedis withoutRedis) {
        this.store = store;
        this.turns = turns;
        this.withoutRedis = withoutRedis;
        this.settings = settings;
        this.tools = new DialogTurn.Tools(store, router, lateReplies, settings, codec, durables, turns);
        AtomicInteger threadNumber = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.workerThreads(), settings.workerThreads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(10_000), runnable -> {
                    Thread thread = new Thread(runnable, "wx-dialog-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * @param signed the signed query the message came with, remembered in the claim's round trip
     * @throws SignedQuery.Reused when that query already carried another message (nothing was run)
     */
    public Reply handle(WeChatAccount account, InboundMessage message, SignedQuery signed) {
        long started = System.nanoTime();
        Follower follower = new Follower(account.appid(), message.openid());
        String delivery = message.deliveryId();
        boolean counted = !message.isEvent() || "click".equals(message.event());
        String token = turns.newToken();
        Begin begin;
        try {
            begin = store.begin(follower, signed, delivery, counted, claimLease(settings), token, turns.lease());
        } catch (DataAccessException redisDown) {
            // The signature and timestamp were checked; without Redis a replay within the skew
            // window goes unnoticed, which is better than workers getting no answer at all.
            return withoutRedis.handle(account, message, workers, started + settings.replyBudget().toNanos());
        }
        if (begin instanceof Begin.Forged) {
            throw new SignedQuery.Reused();
        }
        if (begin instanceof Begin.Duplicate duplicate) {
            String status = awaitSettled(follower, delivery, duplicate.status(), started);
            if (status != null) {
                return replyOf(status);
            }
            // The claim lapsed unanswered: the instance that took it died. This retry runs the message.
            begin = store.begin(follower, signed, delivery, counted, claimLease(settings), token, turns.lease());
            if (begin instanceof Begin.Duplicate again) {
                return replyOf(again.status());
            }
        }
        Begin.Fresh fresh = (Begin.Fresh) begin;
        if (counted && fresh.messagesThisMinute() > settings.ratePerMinute()) {
            // Say it once per minute; after that, stay quiet rather than feed a flood.
            Reply reply = fresh.messagesThisMinute() == settings.ratePerMinute() + 1 ? Reply.text(SLOW_DOWN) : Reply.NONE;
            store.finishKeepingState(follower, delivery, reply.isNone() ? "" : reply.text(), settings.dedupWindow(),
                    token);
            return reply;
        }
        FollowerTurns.Held held = fresh.turnTaken() ? turns.hold(follower, token) : null;
        DialogTurn turn = new DialogTurn(tools, account, message, follower, delivery, token,
                fresh.turnTaken() ? fresh.dialogState() : null, held);
        try {
            workers.execute(turn::run);
        } catch (RejectedExecutionException e) {
            if (held != null) {
                held.close();
            }
            store.release(follower, delivery, token);
            log.warn("Dialog workers saturated; asked a follower of {} to retry", account.appid());
            return Reply.text(BUSY);
        }
        return await(turn, started);
    }

    private Reply await(DialogTurn turn, long started) {
        try {
            return turn.replied.get(remainingNanos(started), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (turn.giveUp()) {
                store.markAsync(turn.follower, turn.delivery, settings.dedupWindow());
                return Reply.NONE;
            }
            return getNow(turn.replied);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.NONE;
        } catch (ExecutionException e) {
            return Reply.text(SORRY);
        }
    }

    /**
     * How long a delivery's claim holds while it is being handled: just past the reply budget, by
     * when a live instance has replaced it with the reply or the async mark (both kept for the
     * dedup window). A claim left by a killed instance thus lapses within seconds, in time for
     * WeChat's retries (three, about 5 s apart), instead of blocking them as "being handled".
     */
    static Duration claimLease(WeChatProperties settings) {
        return settings.replyBudget().plusSeconds(1);
    }

    /** Waits, within the budget, while another instance handles the delivery; null if its claim lapsed. */
    private String awaitSettled(Follower follower, String delivery, String status, long started) {
        while (ConversationStore.PENDING.equals(status) && remainingNanos(started) > 0) {
            LockSupport.parkNanos(25_000_000); // another instance's turn: look again shortly
            status = store.deliveryStatus(follower, delivery);
        }
        return status;
    }

    /** The reply given to the first delivery, or "success" when it went (or will go) through the outbox. */
    private static Reply replyOf(String status) {
        if (status.startsWith(ConversationStore.DONE) && status.length() > 1) {
            return Reply.text(status.substring(1));
        }
        return Reply.NONE;
    }

    private long remainingNanos(long started) {
        return settings.replyBudget().toNanos() - (System.nanoTime() - started);
    }

    private static Reply getNow(CompletableFuture<Reply> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.NONE;
        } catch (ExecutionException e) {
            return Reply.text(SORRY);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
    }
}
