package cn.laowu.bot.conversation;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.protocol.InboundMessage;
import cn.laowu.bot.conversation.ConversationStore.Begin;
import cn.laowu.bot.conversation.ConversationStore.Follower;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.DialogState;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.outbound.LateReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.Optional;
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
 * <li>run the dialog on a worker thread; if it overruns the budget, WeChat is answered
 * "success" now and the reply follows through the outbox, on its reply lane ({@link LateReplies});</li>
 * <li>save the reply (for retries) and the new dialog state in one round trip.</li>
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
    private final MessageRouter router;
    private final LateReplies lateReplies;
    private final WeChatProperties settings;
    private final DialogStateCodec codec;
    private final ThreadPoolExecutor workers;
    private final DurableDialogs durables;
    private final FollowerTurns turns;
    private final TurnWithoutRedis withoutRedis;

    public ConversationService(ConversationStore store, MessageRouter router, LateReplies lateReplies,
                               WeChatProperties settings, DialogStateCodec codec, DurableDialogs durables,
                               FollowerTurns turns, TurnWithoutRedis withoutRedis) {
        this.store = store;
        this.turns = turns;
        this.withoutRedis = withoutRedis;
        this.durables = durables;
        this.codec = codec;
        this.router = router;
        this.lateReplies = lateReplies;
        this.settings = settings;
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
        Turn turn = new Turn(account, message, follower, delivery, token,
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

    private Reply await(Turn turn, long started) {
        try {
            return turn.replied.get(remainingNanos(started), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (turn.phase.compareAndSet(Turn.RUNNING, Turn.GAVE_UP)) {
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

    private void finish(Follower follower, String delivery, Reply reply, String dialogState, String token) {
        if (!store.finish(follower, delivery, reply.isNone() ? "" : reply.text(), settings.dedupWindow(), dialogState,
                settings.dialogIdleTimeout(), token)) {
            log.warn("A turn of a follower of {} outlived its lock; its dialog state was not written", follower.appid());
        }
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

    /** One run of the dialog for one delivery; decides, race-free, whether its reply is passive or sent later. */
    private final class Turn {
        static final int RUNNING = 0;
        static final int REPLIED = 1;
        static final int GAVE_UP = 2;

        final AtomicInteger phase = new AtomicInteger(RUNNING);
        /** Completed with the reply before the turn's after-reply work, which the caller does not wait for. */
        final CompletableFuture<Reply> replied = new CompletableFuture<>();
        final WeChatAccount account;
        final InboundMessage message;
        final Follower follower;
        final String delivery;
        final String token;
        /** The state read with the turn, or null while another turn of the follower holds it. */
        final String stateBefore;
        /** Renewed from the claim on, not from when a worker runs it: a queued turn must not lose its lock. */
        final FollowerTurns.Held heldSinceBegin;

        Turn(WeChatAccount account, InboundMessage message, Follower follower, String delivery, String token,
             String stateBefore, FollowerTurns.Held heldSinceBegin) {
            this.account = account;
            this.message = message;
            this.follower = follower;
            this.delivery = delivery;
            this.token = token;
            this.stateBefore = stateBefore;
            this.heldSinceBegin = heldSinceBegin;
        }

        void run() {
            try {
                Reply reply = dialog();
                if (phase.get() == REPLIED) {
                    afterReply();
                }
                replied.complete(reply);
            } catch (RuntimeException e) {
                log.error("A turn of a follower of {} failed", account.appid(), e);
                replied.completeExceptionally(e);
            } catch (Error e) {
                replied.completeExceptionally(e);
                throw e;
            }
        }

        /** The reply stands whatever happens here: a failure is logged, not answered with SORRY. */
        private void afterReply() {
            try {
                router.afterReply(account, message);
            } catch (RuntimeException e) {
                log.warn("After replying to a follower of {}: {}", account.appid(), e.toString());
            }
        }

        private Reply dialog() {
            String before = stateBefore;
            FollowerTurns.Held hold = heldSinceBegin;
            if (before == null) {
                Optional<String> waited = turns.await(follower, token);
                if (waited.isEmpty()) {
                    return deliver(Reply.text(SORRY), null);
                }
                before = waited.get();
                hold = turns.hold(follower, token);
            }
            try (FollowerTurns.Held held = hold) {
                DialogState state = codec.decode(before);
                DialogContext ctx = new DialogContext(account.appid(), account.name(), account.regionCode(),
                        follower.openid(), state);
                Reply reply;
                String stateAfter;
                String flowBefore = state.getFlow();
                try {
                    reply = router.route(account, message, ctx);
                    durables.left(ctx, flowBefore);
                    stateAfter = codec.encode(state);
                } catch (RuntimeException e) {
                    log.error("Handling a {} for a follower of {} failed", message.msgType(), account.appid(), e);
                    reply = Reply.text(SORRY);
                    stateAfter = before;
                }
                return deliver(reply, stateAfter);
            }
        }

        /** Gives the reply passively or, past the budget, through the outbox, then lets the next turn go. */
        private Reply deliver(Reply reply, String stateAfter) {
            if (phase.compareAndSet(RUNNING, REPLIED)) {
                finishTurn(reply, stateAfter);
                replied.complete(reply);
            } else {
                // Queued before the turn is let go, and sent first by the senders (woken for it), so
                // that the next turn's reply does not overtake it; after the window is opened, so
                // that the senders find it open.
                afterReply();
                if (!reply.isNone()) {
                    lateReplies.send(account.appid(), follower.openid(), delivery, reply.text());
                }
                finishTurn(Reply.NONE, stateAfter);
            }
            return reply;
        }

        private void finishTurn(Reply reply, String stateAfter) {
            if (stateAfter == null) {
                store.finishKeepingState(follower, delivery, reply.isNone() ? "" : reply.text(), settings.dedupWindow(),
                        token);
            } else {
                finish(follower, delivery, reply, stateAfter, token);
            }
        }
    }
}
