package cn.laowu.bot.conversation;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.protocol.InboundMessage;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.DialogEngine;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.SceneHandlers;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.outbound.ServiceWindow;
import cn.laowu.core.follower.FollowerService;
import org.springframework.stereotype.Component;

/**
 * Turns each kind of WeChat message and event a person causes into an input for the dialog;
 * what a QR code means is its {@link cn.laowu.bot.dialog.SceneHandler}'s business.
 */
@Component
public class MessageRouter {

    private static final String SCENE_PREFIX = "qrscene_";

    private final DialogEngine engine;
    private final FollowerService followers;
    private final SceneHandlers scenes;
    private final ServiceWindow window;

    public MessageRouter(DialogEngine engine, FollowerService followers, SceneHandlers scenes, ServiceWindow window) {
        this.engine = engine;
        this.followers = followers;
        this.scenes = scenes;
        this.window = window;
    }

    public Reply route(WeChatAccount account, InboundMessage message, DialogContext ctx) {
        if (!message.isEvent()) {
            return engine.onInput(ctx, input(message));
        }
        return event(account, message, ctx);
    }

    /**
     * What a message changes beyond its reply, done once the reply is given (it costs a Redis
     * round trip and, on a follower's first message of the hour, two statements): writing to us
     * opens WeChat's 48-hour customer-service window for this follower. A reply that goes later,
     * through the outbox, is queued after this, so it finds the window open.
     */
    public void afterReply(WeChatAccount account, InboundMessage message) {
        if (!message.isEvent()) {
            window.opened(account.appid(), message.openid());
        }
    }

    private Reply event(WeChatAccount account, InboundMessage message, DialogContext ctx) {
        String key = message.eventKey();
        return switch (message.event() == null ? "" : message.event()) {
            case "subscribe" -> {
                // A subscription through a parametric QR code carries its scene: kept for attribution.
                String scene = key.startsWith(SCENE_PREFIX) ? key.substring(SCENE_PREFIX.length()) : null;
                followers.subscribed(account.appid(), ctx.openid(), scene);
                yield scanned(ctx, scene, engine.welcome(ctx));
            }
            case "scan" -> scanned(ctx, key, engine.welcomeBack(ctx));
            case "click" -> engine.onMenuClick(ctx, key);
            // VIEW (a link was opened) and LOCATION (periodic position report) need no answer; finish
            // events, pop-up answers and unfollows never get here ({@link MachineEvents}).
            default -> Reply.NONE;
        };
    }

    private Reply scanned(DialogContext ctx, String scene, Reply greeting) {
        return scenes.of(scene).map(handler -> handler.scanned(ctx, scene, greeting)).orElse(greeting);
    }

    private static UserInput input(InboundMessage message) {
        return switch (message.msgType()) {
            case "text" -> UserInput.text(message.get("Content"));
            case "voice" -> {
                String recognised = message.get("Recognition");
                yield recognised == null || recognised.isBlank()
                        ? UserInput.of(UserInput.Kind.UNRECOGNISED_VOICE)
                        : UserInput.text(recognised);
            }
            case "image" -> UserInput.image(message.get("MediaId"));
            case "location" -> location(message);
            default -> UserInput.of(UserInput.Kind.OTHER);
        };
    }

    private static UserInput location(InboundMessage message) {
        try {
            return UserInput.location(Double.parseDouble(message.get("Location_X")),
                    Double.parseDouble(message.get("Location_Y")), message.get("Label"));
        } catch (NumberFormatException | NullPointerException e) {
            return UserInput.of(UserInput.Kind.OTHER);
        }
    }
}
