package cn.laowu.bot.conversation;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.callback.InboundMessage;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.DialogEngine;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.outbound.TemplateSendFinished;
import cn.laowu.bot.flow.jobs.JobsFlow;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.broker.Scene;
import cn.laowu.core.follower.FollowerService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Turns each kind of WeChat message and event into what it means for the follower and the dialog. */
@Component
public class MessageRouter {

    private static final String SCENE_PREFIX = "qrscene_";

    private final DialogEngine engine;
    private final FollowerService followers;
    private final BrokerService brokers;
    private final JobsFlow jobs;
    private final ApplicationEventPublisher events;

    public MessageRouter(DialogEngine engine, FollowerService followers, BrokerService brokers, JobsFlow jobs,
                         ApplicationEventPublisher events) {
        this.engine = engine;
        this.followers = followers;
        this.brokers = brokers;
        this.jobs = jobs;
        this.events = events;
    }

    public Reply route(WeChatAccount account, InboundMessage message, DialogContext ctx) {
        return message.isEvent() ? event(account, message, ctx) : engine.onInput(ctx, input(message));
    }

    private Reply event(WeChatAccount account, InboundMessage message, DialogContext ctx) {
        String key = message.eventKey();
        return switch (message.event() == null ? "" : message.event()) {
            case "subscribe" -> {
                // A subscription through a parametric QR code carries its scene: kept for attribution.
                String scene = key.startsWith(SCENE_PREFIX) ? key.substring(SCENE_PREFIX.length()) : null;
                followers.subscribed(account.appid(), ctx.openid(), scene);
                yield scanned(account, ctx, scene, engine.welcome(ctx));
            }
            case "unsubscribe" -> {
                followers.unsubscribed(account.appid(), ctx.openid());
                ctx.exit();
                yield Reply.NONE;
            }
            case "scan" -> scanned(account, ctx, key, engine.welcomeBack(ctx));
            case "click" -> engine.onMenuClick(ctx, key);
            case "templatesendjobfinish" -> {
                events.publishEvent(new TemplateSendFinished(account.appid(), ctx.openid(),
                        message.get("MsgID"), message.get("Status")));
                yield Reply.NONE;
            }
            // VIEW (a link was opened) and LOCATION (periodic position report) need no answer.
            default -> Reply.NONE;
        };
    }

    /** What a parametric QR code means: a broker's code, a shared job, or a broker binding their WeChat. */
    private Reply scanned(WeChatAccount account, DialogContext ctx, String sceneText, Reply greeting) {
        Scene scene = Scene.parse(sceneText).orElse(null);
        if (scene == null) {
            return greeting;
        }
        return switch (scene.kind()) {
            case BINDING -> brokers.bind(account.appid(), ctx.openid(), scene.token())
                    .map(broker -> Reply.text("绑定成功!您是劳务经纪人「" + broker.getName()
                            + "」。老乡扫您的二维码关注后报名,都记在您名下。回复 我的推荐 查看。"))
                    .orElseGet(() -> Reply.text("这个绑定码已经用过或过期了,请找工作人员重新生成。"));
            case BROKER -> {
                brokers.attribute(account.appid(), ctx.openid(), scene.brokerId());
                yield greeting;
            }
            case JOB_SHARE -> {
                brokers.attribute(account.appid(), ctx.openid(), scene.brokerId());
                yield Reply.text(greeting.text() + "\n\n老乡给您分享了一个岗位:\n" + jobs.show(ctx, scene.jobId()).text());
            }
        };
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
