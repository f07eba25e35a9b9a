package cn.laowu.bot.outbound;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.support.ChinaTime;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Drains the outbox on this instance: a few sender threads claim due deliveries (SKIP LOCKED,
 * with a lease, so instances share the work and a dead one's rows come back), pick the channel
 * WeChat allows for each follower, and settle each row by WeChat's answer:
 * <ul>
 * <li>customer-service message while the 48-hour window is open; 45015/45047 fall back to</li>
 * <li>the account's service-notification template (template messages carry only service
 * notices: the status of something the worker did);</li>
 * <li>-1, timeouts and token trouble are retried with backoff; 45009 pauses the account until
 * the quota resets; 43004 marks the follower unsubscribed; 40003, 43101, 47003 give up.</li>
 * </ul>
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final String CUSTOMER_SERVICE = "CS";
    static final String TEMPLATE = "TEMPLATE";
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;
    private static final int MAX_ATTEMPTS = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Outbox outbox;
    private final WeChatAccounts accounts;
    private final FollowerService followers;
    private final ServiceWindow window;
    private final SendRate rate;
    private final WeChatProperties.Outbox settings;
    private final String owner;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public OutboxSender(Outbox outbox, WeChatAccounts accounts, FollowerService followers, ServiceWindow window,
                        SendRate rate, WeChatProperties properties) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.followers = followers;
        this.window = window;
        this.rate = rate;
        this.settings = properties.outbox();
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        running = true;
        for (int i = 0; i < settings.senders(); i++) {
            Thread thread = new Thread(this::drain, "outbox-sender-" + (i + 1));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void drain() {
        while (running) {
            try {
                if (drainOnce() == 0) {
                    Thread.sleep(settings.idlePoll().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database or Redis is away: the rows stay leased or queued and come back.
                log.warn("Outbox sender paused after an error: {}", e.toString());
                sleepQuietly(5_000);
            }
        }
    }

    /** Claims and sends one batch; returns how many were claimed. */
    public int drainOnce() throws InterruptedException {
        List<Delivery> batch = outbox.claim(owner, BATCH, LEASE);
        for (Delivery delivery : batch) {
            send(delivery);
        }
        return batch.size();
    }

    void send(Delivery delivery) throws InterruptedException {
        WeChatAccount account = accounts.find(delivery.getAppid()).orElse(null);
        if (account == null) {
            outbox.failed(delivery, 0);
            return;
        }
        Duration paused = rate.pausedFor(account.appid());
        if (!paused.isZero()) {
            outbox.retryLater(delivery, 45009, paused);
            return;
        }
        if (!rate.take(account.appid(), settings.ratePerSecond())) {
            outbox.retryLater(delivery, -1, Duration.ofSeconds(1));
            return;
        }
        try {
            if (window.isOpen(account.appid(), delivery.getOpenid())) {
                try {
                    sendCustomerService(account, delivery);
                    outbox.sent(delivery, CUSTOMER_SERVICE, null);
                    return;
                } catch (WxErrorException e) {
                    if (!windowClosed(code(e))) {
                        throw e;
                    }
                    window.closed(account.appid(), delivery.getOpenid());
                }
            }
            WeChatProperties.NoticeTemplate template = account.config().notice();
            if (template == null || template.id() == null || template.id().isBlank()) {
                // No template configured: the worker sees it in the chat's lists (我的报名) when they next write.
                outbox.failed(delivery, 45015);
                return;
            }
            outbox.sent(delivery, TEMPLATE, sendTemplate(account, template, delivery));
        } catch (WxErrorException e) {
            settleError(account, delivery, code(e));
        } catch (RuntimeException e) {
            // WxJava's own -1 retries are off, so "system busy" and network faults arrive here.
            settleError(account, delivery, -1);
        }
    }

    private void sendCustomerService(WeChatAccount account, Delivery delivery) throws WxErrorException {
        account.api().getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(delivery.getOpenid())
                .content(delivery.getBody()).build());
    }

    private String sendTemplate(WeChatAccount account, WeChatProperties.NoticeTemplate template, Delivery delivery)
            throws WxErrorException {
        WxMpTemplateMessage message = WxMpTemplateMessage.builder().toUser(delivery.getOpenid())
                .templateId(template.id()).build();
        // WeChat drops a repeat with the same client_msg_id within 10 minutes: a send retried after a lost answer.
        message.setClientMsgId("d" + delivery.getId());
        message.addData(new WxMpTemplateData(template.subject(), field(delivery.getSubject(), 20)));
        message.addData(new WxMpTemplateData(template.state(), field(delivery.getState(), 5)));
        message.addData(new WxMpTemplateData(template.time(),
                delivery.getCreatedAt().atZone(ZoneOffset.UTC).withZoneSameInstant(ChinaTime.ZONE).format(TIME)));
        if (delivery.getNote() != null && !delivery.getNote().isBlank()) {
            message.addData(new WxMpTemplateData(template.note(), field(delivery.getNote(), 20)));
        }
        return account.api().getTemplateMsgService().sendTemplateMsg(message);
    }

    private void settleError(WeChatAccount account, Delivery delivery, int code) {
        switch (code) {
            case 45009 -> {
                rate.pauseForToday(account.appid());
                outbox.retryLater(delivery, code, rate.pausedFor(account.appid()));
            }
            case 43004 -> {
                followers.unsubscribed(account.appid(), delivery.getOpenid());
                outbox.failed(delivery, code);
            }
            case 40003, 43101, 47003, 45015, 45047 -> outbox.failed(delivery, code);
            default -> {
                if (delivery.getAttempts() >= MAX_ATTEMPTS) {
                    outbox.failed(delivery, code);
                } else {
                    outbox.retryLater(delivery, code, backoff(delivery.getAttempts()));
                }
            }
        }
        log.warn("Delivery {} to a follower of {}: errcode {}", delivery.getId(), account.appid(), code);
    }

    /** 5 s, 10 s, 20 s ... at most an hour. */
    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(3600, 5L << Math.min(attempts - 1, 10)));
    }

    private static boolean windowClosed(int code) {
        return code == 45015 || code == 45047;
    }

    private static int code(WxErrorException e) {
        return e.getError() == null ? -1 : e.getError().getErrorCode();
    }

    /** Template fields take so many characters; longer ones are refused (47003). */
    private static String field(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
