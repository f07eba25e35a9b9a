package cn.laowu.bot.outbound;

import cn.laowu.core.outbox.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** TEMPLATESENDJOBFINISH closes the delivery that carried the template message: delivered, or blocked by the worker. */
@Component
class DeliveryFinished {

    private final Outbox outbox;

    DeliveryFinished(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(TemplateSendFinished finished) {
        outbox.finished(finished.appid(), finished.msgId(), finished.status());
    }
}
