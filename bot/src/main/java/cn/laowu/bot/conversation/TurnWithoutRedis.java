package cn.laowu.bot.conversation;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.dialog.Answers;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.DialogEngine;
import cn.laowu.bot.dialog.DialogState;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.protocol.InboundMessage;
import cn.laowu.core.delivery.RepliesWithoutRedis;
import cn.laowu.core.delivery.RepliesWithoutRedis.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A message while Redis is away: no rate limit or dialog state. The worker still gets every
 * answer that needs no memory (the menu, policy answers, events); a step that would start or
 * continue a dialog is answered "busy" rather than half done, and nothing is lost: what has
 * value is in MySQL. A durable flow (a complaint) keeps its own state in MySQL, so it carries on
 * from there and can finish. De-duplication moves to MySQL ({@link RepliesWithoutRedis}): a
 * retry of a delivery gets the first one's reply and changes nothing. Each message tries Redis
 * again, so the bot recovers by itself.
 */
@Component
class TurnWithoutRedis {

    private static final Logger log = LoggerFactory.getLogger(TurnWithoutRedis.class);
    private static final String MORE = "\n\n回复 菜单 看更多服务。";

    private final MessageRouter router;
    private final DurableDialogs durables;
    private final Answers answers;
    private final RepliesWithoutRedis replies;
    private final WeChatProperties settings;

    TurnWithoutRedis(MessageRouter router, DurableDialogs durables, Answers answers, RepliesWithoutRedis replies,
                     WeChatProperties settings) {
        this.router = router;
        this.durables = durables;
        this.answers = answers;
        this.replies = replies;
        this.settings = settings;
    }

    Reply handle(WeChatAccount account, InboundMessage message, ExecutorService workers, long deadlineNanos) {
        log.warn("Redis unavailable; answering a follower of {} without dialog state", account.appid());
        Claim claim = claim(account, message);
        if (claim instanceof Claim.Retry retry) {
            return retry.reply().isEmpty() ? Reply.NONE : Reply.text(retry.reply());
        }
        DialogState state = new DialogState();
        DialogContext ctx = new DialogContext(account.appid(), account.name(), account.regionCode(), message.openid(),
                state);
        Future<Reply> future;
        try {
            future = workers.submit(() -> {
                Reply reply = answer(account, message, ctx);
                if (claim instanceof Claim.First first) {
                    replies.answered(first, reply.isNone() ? "" : reply.text());
                }
                return reply;
            });
        } catch (RejectedExecutionException e) {
            return Reply.text(ConversationService.BUSY);
        }
        try {
            return future.get(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Reply.text(ConversationService.NO_STATE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.NONE;
        } catch (ExecutionException e) {
            return Reply.text(ConversationService.NO_STATE);
        }
    }

    private Reply answer(WeChatAccount account, InboundMessage message, DialogContext ctx) {
        String before = durables.recall(ctx);
        Reply reply = router.route(account, message, ctx);
        router.afterReply(account, message);
        durables.left(ctx, before);
        // Where the dialog stands now is kept only by a durable flow; any other would forget it.
        if (ctx.state().isEmpty() || DialogEngine.onlyMarksTheMenu(ctx.state())
                || durables.isDurable(ctx.state().getFlow())) {
            return reply;
        }
        // A question the policy knowledge answers needs no memory, even where it would open a dialog.
        String text = "text".equals(message.msgType()) ? message.get("Content") : message.get("Recognition");
        Optional<String> answer = text == null || text.isBlank() ? Optional.empty() : answers.search(text);
        return answer.map(a -> Reply.text(a + MORE)).orElse(Reply.text(ConversationService.NO_STATE));
    }

    /** MySQL's de-duplication; null when MySQL is away too (then the message is handled as it is). */
    private Claim claim(WeChatAccount account, InboundMessage message) {
        try {
            return replies.claim(account.appid(), message.openid(), message.deliveryId(), settings.dedupWindow());
        } catch (DataAccessException e) {
            log.warn("MySQL unavailable too; a retry of this delivery would be handled again");
            return null;
        }
    }
}
