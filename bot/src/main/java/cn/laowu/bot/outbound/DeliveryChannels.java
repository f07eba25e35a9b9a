package cn.laowu.bot.outbound;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.core.broadcast.NoticeOptIns;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.MessageKind;
import cn.laowu.core.outbox.OutboxSettlement;
import cn.laowu.core.support.ChinaTime;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.subscribe.WxMpSubscribeMessage;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends one claimed delivery by the channel WeChat allows for its follower: a customer-service
 * message while the 48-hour window is open (always for a late chat reply: the follower has just
 * written); 45015/45047 fall back to the channel the message's kind allows: a service notice to
 * the account's template (template messages carry only the status of something the worker did),
 * a job notice to the subscription notice the worker accepted, an announcement to a mass send
 * (handed back to the sender, which batches them). Within the account's rate and quota.
 */
@Component
class DeliveryChannels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WeChatAccounts accounts;
    private final ServiceWindow window;
    private final SendRate rate;
    private final NoticeOptIns optIns;
    private final OutboxSettlement settlement;
    private final SendErrors errors;
    private final int ratePerSecond;

    DeliveryChannels(WeChatAccounts accounts, ServiceWindow window, SendRate rate, NoticeOptIns optIns,
                     OutboxSettlement settlement, SendErrors errors, WeChatProperties properties) {
        this.accounts = accounts;
        this.window = window;
        this.rate = rate;
        this.optIns = optIns;
        this.settlement = settlement;
        this.errors = errors;
        this.ratePerSecond = properties.outbox().ratePerSecond();
    }

    /**
     * Sends the delivery, or settles it when it cannot go now; an announcement to a follower
     * whose window is closed is added to {@code massSends} (by account and broadcast) instead.
     */
    void send(Delivery delivery, Map<String, List<Delivery>> massSends, ServiceWindow.Windows openWindows,
              Map<String, Duration> pauses, Unrecorded accepted) throws InterruptedException {
        WeChatAccount account = accounts.find(delivery.getAppid()).orElse(null);
        if (account == null) {
            settlement.failed(delivery, 0);
            return;
        }
        Duration paused = pauses.computeIfAbsent(account.appid(), rate::pausedFor);
        if (!paused.isZero()) {
            settlement.retryLater(delivery, SendErrors.QUOTA_SPENT, paused);
            return;
        }
        MessageKind kind = delivery.getKind() == null ? MessageKind.NOTICE : delivery.getKind();
        boolean windowOpen = kind == MessageKind.REPLY || openWindows.open(delivery);
        if (kind == MessageKind.ANNOUNCEMENT && !windowOpen) {
            // One mass call for many rows, on the mass budget: no per-message slot.
            massSends.computeIfAbsent(account.appid() + " " + delivery.getSource(), k -> new ArrayList<>()).add(delivery);
            return;
        }
        if (!rate.take(account.appid(), ratePerSecond)) {
            settlement.retryLater(delivery, -1, Duration.ofSeconds(1));
            return;
        }
        try {
            if (windowOpen) {
                try {
                    sendCustomerService(account, delivery);
                    accepted.add(delivery, OutboxSender.CUSTOMER_SERVICE, null);
                    return;
                } catch (WxErrorException e) {
                    if (!SendErrors.windowClosed(SendErrors.code(e))) {
                        throw e;
                    }
                    window.closed(account.appid(), delivery.getOpenid());
                }
            }
            // Where the only other way is to give up, a window nobody knows closed is tried first.
            boolean mayTry = !windowOpen && !openWindows.knownClosed(delivery);
            switch (kind) {
                case NOTICE -> sendNotice(account, delivery, accepted, mayTry);
                case JOB_NOTICE -> sendJobNotice(account, delivery, accepted, mayTry);
                case ANNOUNCEMENT -> massSends.computeIfAbsent(account.appid() + " " + delivery.getSource(),
                        k -> new ArrayList<>()).add(delivery);
                // A chat reply has no other channel: the window closed since the follower wrote.
                case REPLY -> settlement.failed(delivery, 45015);
            }
        } catch (WxErrorException e) {
            errors.settle(account.appid(), delivery, SendErrors.code(e));
            if (SendErrors.code(e) == SendErrors.QUOTA_SPENT) {
                // The account is paused now: the rest of the batch must see it.
                pauses.remove(account.appid());
            }
        } catch (RuntimeException e) {
            // WxJava's own -1 retries are off, so "system busy" and network faults arrive here.
            errors.settle(account.appid(), delivery, -1);
        }
    }

    /** Something the worker did: the service-notification template may carry it. */
    private void sendNotice(WeChatAccount account, Delivery delivery, Unrecorded accepted, boolean mayTry)
            throws WxErrorException {
        WeChatProperties.NoticeTemplate template = account.config().notice();
        if (!configured(template)) {
            if (mayTry && triedCustomerService(account, delivery, accepted)) {
                return;
            }
            // No template configured: the worker sees it in the chat's lists (我的报名) when they next write.
            settlement.failed(delivery, 45015);
            return;
        }
        accepted.add(delivery, OutboxSender.TEMPLATE, sendTemplate(account, template, delivery));
    }

    /** Recruitment content never goes by template: only as the subscription notice the worker accepted. */
    private void sendJobNotice(WeChatAccount account, Delivery delivery, Unrecorded accepted, boolean mayTry)
            throws WxErrorException {
        WeChatProperties.NoticeTemplate template = account.config().jobNotice();
        if (!configured(template) || !optIns.optedIn(account.appid(), delivery.getOpenid(), template.id())) {
            if (mayTry && triedCustomerService(account, delivery, accepted)) {
                return;
            }
            settlement.failed(delivery, 43101);
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(template.subject(), field(delivery.getSubject(), 20));
        data.put(template.state(), field(delivery.getState(), 5));
        data.put(template.time(), chinaTime(delivery));
        account.api().getSubscribeMsgService().send(WxMpSubscribeMessage.builder().toUser(delivery.getOpenid())
                .templateId(template.id()).dataMap(data).build());
        accepted.add(delivery, OutboxSender.SUBSCRIPTION, null);
    }

    /** A customer-service message to a follower whose window is not known; false when WeChat says it is closed. */
    private boolean triedCustomerService(WeChatAccount account, Delivery delivery, Unrecorded accepted)
            throws WxErrorException {
        try {
            sendCustomerService(account, delivery);
            accepted.add(delivery, OutboxSender.CUSTOMER_SERVICE, null);
            return true;
        } catch (WxErrorException e) {
            if (!SendErrors.windowClosed(SendErrors.code(e))) {
                throw e;
            }
            window.closed(account.appid(), delivery.getOpenid());
            return false;
        }
    }

    private static void sendCustomerService(WeChatAccount account, Delivery delivery) throws WxErrorException {
        account.api().getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(delivery.getOpenid())
                .content(delivery.getBody()).build());
    }

    private static String sendTemplate(WeChatAccount account, WeChatProperties.NoticeTemplate template,
                                       Delivery delivery) throws WxErrorException {
        WxMpTemplateMessage message = WxMpTemplateMessage.builder().toUser(delivery.getOpenid())
                .templateId(template.id()).build();
        // WeChat drops a repeat with the same client_msg_id within 10 minutes: a send retried after a lost answer.
        message.setClientMsgId("d" + delivery.getId());
        message.addData(new WxMpTemplateData(template.subject(), field(delivery.getSubject(), 20)));
        message.addData(new WxMpTemplateData(template.state(), field(delivery.getState(), 5)));
        message.addData(new WxMpTemplateData(template.time(), chinaTime(delivery)));
        if (delivery.getNote() != null && !delivery.getNote().isBlank()) {
            message.addData(new WxMpTemplateData(template.note(), field(delivery.getNote(), 20)));
        }
        return account.api().getTemplateMsgService().sendTemplateMsg(message);
    }

    private static boolean configured(WeChatProperties.NoticeTemplate template) {
        return template != null && template.id() != null && !template.id().isBlank();
    }

    private static String chinaTime(Delivery delivery) {
        return delivery.getCreatedAt().atZone(ZoneOffset.UTC).withZoneSameInstant(ChinaTime.ZONE).format(TIME);
    }

    /** Template fields take so many characters; longer ones are refused (47003). */
    private static String field(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
