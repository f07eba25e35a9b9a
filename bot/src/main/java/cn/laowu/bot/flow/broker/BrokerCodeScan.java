package cn.laowu.bot.flow.broker;

import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.SceneHandler;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.broker.Scene;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** A broker's own code ({@code b:7}): whoever follows through it is credited to the broker. Permanent. */
@Component
class BrokerCodeScan implements SceneHandler {

    private final BrokerService brokers;

    BrokerCodeScan(BrokerService brokers) {
        this.brokers = brokers;
    }

    @Override
    public String prefix() {
        return "b:";
    }

    @Override
    public boolean accepts(String scene) {
        return Scene.parse(scene).filter(s -> s.kind() == Scene.Kind.BROKER).isPresent();
    }

    @Override
    public Duration lifetime() {
        return null;
    }

    @Override
    public Reply scanned(DialogContext ctx, String scene, Reply greeting) {
        brokers.attribute(ctx.appid(), ctx.openid(), Scene.parse(scene).orElseThrow().brokerId());
        return greeting;
    }
}
