package cn.laowu.bot.outbound;

import cn.laowu.core.outbox.OutboxSettlement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** TEMPLATESENDJOBFINISH closes the delivery that carried the template message: delivered, or blocked by the worker. */
@Component
class DeliveryFinished {

    private final OutboxSettlement settlement;

    DeliveryFinished(OutboxSettlement settlement) {
        this.settlement = settlement;
    }

    @EventListener
    void on(TemplateSendFinished finished) {
        settlement.finished(finished.appid(), finished.msgId(), finished.status());
    }
}
