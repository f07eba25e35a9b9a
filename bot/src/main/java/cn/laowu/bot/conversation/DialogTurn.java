package cn.laowu.bot.conversation;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.conversation.ConversationStore.Follower;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.DialogState;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.outbound.LateReplies;
import cn.laowu.bot.protocol.InboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of the dialog for one delivery, on a dialog worker of {@link ConversationService};
 * decides, race-free, whether its reply is passive or sent later, and does what the message
 * changes beyond its reply once the reply is handed over.
 */
final class DialogTurn {

    private static final Logger log = LoggerFactory.getLogger(DialogTurn.class);
    private static final int RUNNING = 0;
    private static final int REPLIED = 1;
    private static final int GAVE_UP = 2;

    /** What every turn works with, one set per service. */
    record Tools(ConversationStore store, MessageRouter router, LateReplies lateReplies, WeChatProperties settings,
                 DialogStateCodec codec, DurableDialogs durables, FollowerTurns turns) {
    }

    private final AtomicInteger phase = new AtomicInteger(RUNNING);
    /** Completed with the reply before the turn's after-reply work, which the caller does not wait for. */
    final CompletableFuture<Reply> replied = new CompletableFuture<>();
    private final Tools tools;
    private final WeChatAccount account;
    private final InboundMessage message;
    final Follower follower;
    final String delivery;
    private final String token;
    /** The state read with the turn, or null while another turn of the follower holds it. */
    private final String stateBefore;
    /** Renewed from the claim on, not from when a worker runs it: a queued turn must not lose its lock. */
    private final FollowerTurns.Held heldSinceBegin;

    DialogTurn(Tools tools, WeChatAccount account, InboundMessage message, Follower follower, String delivery,
               String token, String stateBefore, FollowerTurns.Held heldSinceBegin) {
        this.tools = tools;
        this.account = account;
        this.message = message;
        this.follower = follower;
        this.delivery = delivery;
        this.token = token;
        this.stateBefore = stateBefore;
        this.heldSinceBegin = heldSinceBegin;
    }

    /** The caller stops waiting: true when the reply is not given yet, and will go through the outbox. */
    boolean giveUp() {
        return phase.compareAndSet(RUNNING, GAVE_UP);
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
            tools.router().afterReply(account, message);
        } catch (RuntimeException e) {
            log.warn("After replying to a follower of {}: {}", account.appid(), e.toString());
        }
    }

    private Reply dialog() {
        String before = stateBefore;
        FollowerTurns.Held hold = heldSinceBegin;
        if (before == null) {
            Optional<String> waited = tools.turns().await(follower, token);
            if (waited.isEmpty()) {
                return deliver(Reply.text(ConversationService.SORRY), null);
            }
            before = waited.get();
            hold = tools.turns().hold(follower, token);
        }
        try (FollowerTurns.Held held = hold) {
            DialogState state = tools.codec().decode(before);
            DialogContext ctx = new DialogContext(account.appid(), account.name(), account.regionCode(),
                    follower.openid(), state);
            Reply reply;
            String stateAfter;
            String flowBefore = state.getFlow();
            try {
                reply = tools.router().route(account, message, ctx);
                tools.durables().left(ctx, flowBefore);
                stateAfter = tools.codec().encode(state);
            } catch (RuntimeException e) {
                log.error("Handling a {} for a follower of {} failed", message.msgType(), account.appid(), e);
                reply = Reply.text(ConversationService.SORRY);
                stateAfter = before;
            }
            return deliver(reply, stateAfter);
        }
    }

    /** Gives the reply passively or, past the budget, through the outbox, then lets the next turn go. */
    private Reply deliver(Reply reply, String stateAfter) {
        if (phase.compareAndSet(RUNNING, REPLIED)) {
            finish(reply, stateAfter);
            replied.complete(reply);
        } else {
            // Queued before the turn is let go, and sent first by the senders (woken for it), so
            // that the next turn's reply does not overtake it; after the window is opened, so
            // that the senders find it open.
            afterReply();
            if (!reply.isNone()) {
                tools.lateReplies().send(account.appid(), follower.openid(), delivery, reply.text());
            }
            finish(Reply.NONE, stateAfter);
        }
        return reply;
    }

    private void finish(Reply reply, String stateAfter) {
        WeChatProperties settings = tools.settings();
        String text = reply.isNone() ? "" : reply.text();
        if (stateAfter == null) {
            tools.store().finishKeepingState(follower, delivery, text, settings.dedupWindow(), token);
        } else if (!tools.store().finish(follower, delivery, text, settings.dedupWindow(), stateAfter,
                settings.dialogIdleTimeout(), token)) {
            log.warn("A turn of a follower of {} outlived its lock; its dialog state was not written", follower.appid());
        }
    }
}
