package cn.laowu.bot.conversation;

import cn.laowu.bot.outbound.NoticeConsent;
import cn.laowu.bot.outbound.TemplateSendFinished;
import cn.laowu.bot.protocol.InboundMessage;
import cn.laowu.core.follower.FollowerService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Events WeChat's machines send, not a person: the fate of a template message or mass send (one
 * per message: a million-recipient broadcast brings a million), a subscription-notice pop-up
 * answered, an unfollow. They go straight to their handlers, before the dialog machinery (no
 * delivery claim in Redis, no worker thread, no dialog state read): each handler is idempotent,
 * so WeChat's retries and a replayed signed request within the skew window change nothing more.
 */
@Component
public class MachineEvents {

    private final ApplicationEventPublisher events;
    private final FollowerService followers;
    private final ConversationStore store;
    private final DurableDialogs durables;

    MachineEvents(ApplicationEventPublisher events, FollowerService followers, ConversationStore store,
                  DurableDialogs durables) {
        this.events = events;
        this.followers = followers;
        this.store = store;
        this.durables = durables;
    }

    /** @return whether the message was such an event and is handled (WeChat is answered "success") */
    public boolean handled(String appid, InboundMessage message) {
        String event = message.event();
        if (event == null) {
            return false;
        }
        String openid = message.openid();
        switch (event) {
            case "templatesendjobfinish", "masssendjobfinish" -> events.publishEvent(
                    new TemplateSendFinished(appid, openid, message.get("MsgID"), message.get("Status")));
            case "subscribe_msg_popup_event", "subscribe_msg_change_event" -> events.publishEvent(
                    NoticeConsent.of(appid, openid, message.get("TemplateId"), message.get("SubscribeStatusString")));
            // The result of one subscription notice: nothing to record beyond WeChat's answer to the send.
            case "subscribe_msg_sent_event" -> {
            }
            case "unsubscribe" -> {
                followers.unsubscribed(appid, openid);
                // Whatever dialog they were in is over; a durable one's copy in MySQL goes too.
                durables.forgetAll(appid, openid);
                try {
                    store.forgetDialog(new ConversationStore.Follower(appid, openid));
                } catch (DataAccessException redisDown) {
                    // It lapses with the dialog's idle timeout.
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
