package cn.laowu.bot.outbound;

import cn.laowu.core.broadcast.NoticeOptIns;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps WeChat's subscription-notice consents: job notices go that way only to those who accepted. */
@Component
class NoticeConsentRecorder {

    private final NoticeOptIns optIns;

    NoticeConsentRecorder(NoticeOptIns optIns) {
        this.optIns = optIns;
    }

    @EventListener
    void on(NoticeConsent consent) {
        consent.choices().forEach(choice ->
                optIns.record(consent.appid(), consent.openid(), choice.templateId(), choice.accepted()));
    }
}
