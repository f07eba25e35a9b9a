package cn.laowu.bot.flow.broker;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.SceneHandler;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.broker.Scene;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** A broker binding their WeChat with the one-time code the office gave them ({@code bind:TOKEN}). */
@Component
class BrokerBindingScan implements SceneHandler {

    private final BrokerService brokers;

    BrokerBindingScan(BrokerService brokers) {
        this.brokers = brokers;
    }

    @Override
    public String prefix() {
        return "bind:";
    }

    @Override
    public boolean accepts(String scene) {
        return Scene.parse(scene).filter(s -> s.kind() == Scene.Kind.BINDING).isPresent();
    }

    @Override
    public Duration lifetime() {
        return BrokerService.BINDING_CODE_LIFETIME;
    }

    @Override
    public Reply scanned(DialogContext ctx, String scene, Reply greeting) {
        return brokers.bind(ctx.appid(), ctx.openid(), Scene.parse(scene).orElseThrow().token())
                .map(broker -> Reply.text("绑定成功!您是劳务经纪人「" + broker.getName()
                        + "」。老乡扫您的二维码关注后报名,都记在您名下。回复 我的推荐 查看。"))
                .orElseGet(() -> Reply.text("这个绑定码已经用过或过期了,请找工作人员重新生成。"));
    }
}
