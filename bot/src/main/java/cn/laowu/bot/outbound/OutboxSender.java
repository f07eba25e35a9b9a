package cn.laowu.bot.outbound;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.core.broadcast.NoticeOptIns;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.MessageKind;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.support.ChinaTime;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.WxMpMassOpenIdsMessage;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.subscribe.WxMpSubscribeMessage;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Drains the outbox on this instance: a few sender threads claim due deliveries (SKIP LOCKED,
 * with a lease, so instances share the work and a dead one's rows come back), pick the channel
 * WeChat allows for each follower, and settle each row by WeChat's answer:
 * <ul>
 * <li>customer-service message while the 48-hour window is open; 45015/45047 fall back to the
 * channel the message's kind allows: a service notice to the account's template (template
 * messages carry only the status of something the worker did), a job notice to the
 * subscription notice the worker accepted, an announcement to a mass send (4 a month);</li>
 * <li>-1, timeouts and token trouble are retried with backoff; 45009 pauses the account until
 * the quota resets; 43004 marks the follower unsubscribed; 40003, 43101, 47003 give up.</li>
 * </ul>
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final String CUSTOMER_SERVICE = "CS";
    static final String TEMPLATE = "TEMPLATE";
    static final String SUBSCRIPTION = "SUBSCRIPTION";
    static final String MASS = "MASS";
    /** A 服务号's follower receives at most 4 mass sends a month. */
    private static final int MASS_PER_MONTH = 4;
    /** WeChat takes at most this many openids in one mass send. */
    private static final int MASS_MAX = 10_000;
    private static final int MAX_ATTEMPTS = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Accepted messages wait at most about this long to be marked SENT, however slowly the rest go. */
    private static final Duration RECORD_WITHIN = Duration.ofMillis(500);

    private final Outbox outbox;
    private final WeChatAccounts accounts;
    private final FollowerService followers;
    private final ServiceWindow window;
    private final SendRate rate;
    private final NoticeOptIns optIns;
    private final WeChatProperties.Outbox settings;
    private final Clock clock;
    private final String owner;
    private final List<Thread> threads = new ArrayList<>();
    private final IdleSenders idle = new IdleSenders();
    private volatile boolean running;

    public OutboxSender(Outbox outbox, WeChatAccounts accounts, FollowerService followers, ServiceWindow window,
                        SendRate rate, NoticeOptIns optIns, WeChatProperties properties, Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.followers = followers;
        this.window = window;
        this.rate = rate;
        this.optIns = optIns;
        this.settings = properties.outbox();
        this.clock = clock;
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
        // A thread in the middle of a batch finishes it (what it claimed is settled, not left to the lease).
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
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
                    idle.nothingDue(settings.idlePoll());
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
        List<Delivery> batch = outbox.claim(owner, settings.batch(), settings.lease());
        if (!batch.isEmpty()) {
            idle.workFound();
        }
        // Past half the lease (a stalled database, a long GC), the rest of the batch is left alone:
        // another instance may take those rows when the lease ends, and must not send them twice.
        long giveUpAt = System.nanoTime() + settings.lease().toNanos() / 2;
        Map<String, Duration> pauses = new HashMap<>();
        Map<String, List<Delivery>> massSends = sendEach(batch, pauses, giveUpAt);
        for (List<Delivery> group : massSends.values()) {
            if (System.nanoTime() - giveUpAt > 0) {
                break;
            }
            sendMass(group, pauses, giveUpAt);
        }
        return batch.size();
    }

    /** Sends each row by its channel; returns the announcements to mass-send, by account and broadcast. */
    private Map<String, List<Delivery>> sendEach(List<Delivery> rows, Map<String, Duration> pauses, long giveUpAt)
            throws InterruptedException {
        Map<String, List<Delivery>> massSends = new LinkedHashMap<>();
        // Looked up once for the batch, not once a message: which windows are open, which accounts paused.
        ServiceWindow.Windows openWindows = window.among(rows);
        Unrecorded accepted = new Unrecorded();
        try {
            for (Delivery delivery : rows) {
                if (System.nanoTime() - giveUpAt > 0) {
                    break;
                }
                send(delivery, massSends, openWindows, pauses, accepted);
                if (accepted.due(settings.settleEvery())) {
                    accepted.record();
                }
            }
        } finally {
            accepted.record();
        }
        return massSends;
    }

    /**
     * Messages WeChat took that are not yet marked SENT: recorded a few at a time, in one
     * statement and commit (one commit per message capped the drain), and at the latest after
     * {@link #RECORD_WITHIN}. The price is bounded: a killed instance had at most
     * {@code settle-every} such messages per sender thread, and those go again when the lease
     * ends (template messages are then dropped by WeChat by their {@code client_msg_id}).
     */
    private final class Unrecorded {
        private final List<Outbox.Accepted> rows = new ArrayList<>();
        private long since;

        void add(Delivery delivery, String channel, String msgId) {
            if (rows.isEmpty()) {
                since = System.nanoTime();
            }
            rows.add(new Outbox.Accepted(delivery, channel, msgId));
        }

        boolean due(int settleEvery) {
            return rows.size() >= settleEvery || (!rows.isEmpty() && System.nanoTime() - since > RECORD_WITHIN.toNanos());
        }

        void record() {
            if (!rows.isEmpty()) {
                outbox.sent(List.copyOf(rows));
                rows.clear();
            }
        }
    }

    private void send(Delivery delivery, Map<String, List<Delivery>> massSends, ServiceWindow.Windows openWindows,
                      Map<String, Duration> pauses, Unrecorded accepted) throws InterruptedException {
        WeChatAccount account = accounts.find(delivery.getAppid()).orElse(null);
        if (account == null) {
            outbox.failed(delivery, 0);
            return;
        }
        Duration paused = pauses.computeIfAbsent(account.appid(), rate::pausedFor);
        if (!paused.isZero()) {
            outbox.retryLater(delivery, 45009, paused);
            return;
        }
        boolean windowOpen = openWindows.open(delivery);
        if (delivery.getKind() == MessageKind.ANNOUNCEMENT && !windowOpen) {
            // One mass call for many rows, on the mass budget: no per-message slot.
            massSends.computeIfAbsent(account.appid() + " " + delivery.getSource(), k -> new ArrayList<>()).add(delivery);
            return;
        }
        if (!rate.take(account.appid(), settings.ratePerSecond())) {
            outbox.retryLater(delivery, -1, Duration.ofSeconds(1));
            return;
        }
        try {
            if (windowOpen) {
                try {
                    sendCustomerService(account, delivery);
                    accepted.add(delivery, CUSTOMER_SERVICE, null);
                    return;
                } catch (WxErrorException e) {
                    if (!windowClosed(code(e))) {
                        throw e;
                    }
                    window.closed(account.appid(), delivery.getOpenid());
                }
            }
            // Where the only other way is to give up, a window nobody knows closed is tried first.
            boolean mayTry = !windowOpen && !openWindows.knownClosed(delivery);
            switch (delivery.getKind() == null ? MessageKind.NOTICE : delivery.getKind()) {
                case NOTICE -> sendNotice(account, delivery, accepted, mayTry);
                case JOB_NOTICE -> sendJobNotice(account, delivery, accepted, mayTry);
                case ANNOUNCEMENT -> massSends.computeIfAbsent(account.appid() + " " + delivery.getSource(),
                        k -> new ArrayList<>()).add(delivery);
            }
        } catch (WxErrorException e) {
            settleError(account, delivery, code(e));
            if (code(e) == 45009) {
                // The account is paused now: the rest of the batch must see it.
                pauses.remove(account.appid());
            }
        } catch (RuntimeException e) {
            // WxJava's own -1 retries are off, so "system busy" and network faults arrive here.
            settleError(account, delivery, -1);
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
            outbox.failed(delivery, 45015);
            return;
        }
        accepted.add(delivery, TEMPLATE, sendTemplate(account, template, delivery));
    }

    /** Recruitment content never goes by template: only as the subscription notice the worker accepted. */
    private void sendJobNotice(WeChatAccount account, Delivery delivery, Unrecorded accepted, boolean mayTry)
            throws WxErrorException {
        WeChatProperties.NoticeTemplate template = account.config().jobNotice();
        if (!configured(template) || !optIns.optedIn(account.appid(), delivery.getOpenid(), template.id())) {
            if (mayTry && triedCustomerService(account, delivery, accepted)) {
                return;
            }
            outbox.failed(delivery, 43101);
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(template.subject(), field(delivery.getSubject(), 20));
        data.put(template.state(), field(delivery.getState(), 5));
        data.put(template.time(), chinaTime(delivery));
        account.api().getSubscribeMsgService().send(WxMpSubscribeMessage.builder().toUser(delivery.getOpenid())
                .templateId(template.id()).dataMap(data).build());
        accepted.add(delivery, SUBSCRIPTION, null);
    }

    /** A customer-service message to a follower whose window is not known; false when WeChat says it is closed. */
    private boolean triedCustomerService(WeChatAccount account, Delivery delivery, Unrecorded accepted) throws WxErrorException {
        try {
            sendCustomerService(account, delivery);
            accepted.add(delivery, CUSTOMER_SERVICE, null);
            return true;
        } catch (WxErrorException e) {
            if (!windowClosed(code(e))) {
                throw e;
            }
            window.closed(account.appid(), delivery.getOpenid());
            return false;
        }
    }

    /**
     * An announcement to followers who have not written lately: one mass send (群发) for the
     * batch's recipients of it and their company, the broadcast's other due rows on the account
     * (up to WeChat's 10,000 openids a call), each follower at most 4 a month as WeChat allows a
     * 服务号, within the account's 60 mass calls a minute and 100 a day.
     */
    private void sendMass(List<Delivery> group, Map<String, Duration> pauses, long giveUpAt) throws InterruptedException {
        WeChatAccount account = accounts.get(group.get(0).getAppid());
        String source = group.get(0).getSource();
        Duration budget = rate.massWait(account.appid());
        if (!budget.isZero()) {
            outbox.putBack(group, 45009, budget);
            return;
        }
        List<Delivery> members = new ArrayList<>(group);
        List<Delivery> company = outbox.claimCompany(owner, source, account.appid(), MASS_MAX - group.size(),
                settings.lease());
        // Company whose window is open goes by customer-service message, as any row does.
        sendEach(company, pauses, giveUpAt).values().forEach(members::addAll);
        if (System.nanoTime() - giveUpAt > 0) {
            return;
        }
        LocalDateTime monthStart = ChinaTime.today(clock).withDayOfMonth(1).atStartOfDay(ChinaTime.ZONE)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        Set<String> full = outbox.reachedCap(account.appid(), members.stream().map(Delivery::getOpenid).toList(),
                monthStart, MASS, MASS_PER_MONTH);
        List<Delivery> sendable = new ArrayList<>();
        for (Delivery d : members) {
            if (full.contains(d.getOpenid())) {
                outbox.failed(d, 45028);
            } else {
                sendable.add(d);
            }
        }
        if (sendable.isEmpty()) {
            return;
        }
        // WeChat's mass send needs two openids. While others of the broadcast are still queued or
        // held by another sender, nobody here is failed for being alone, and two stay back to keep
        // the last of them company (the others may yet go by customer-service message, and two
        // can still go together); only the very last row of the broadcast, alone, gives up.
        Outbox.Pending pending = outbox.pending(source, account.appid());
        long sendingElsewhere = Math.max(0, pending.sending() - sendable.size());
        if (pending.queued() + sendingElsewhere > 0) {
            // A piece of three or fewer waits whole and joins the next call; a bigger one goes, two
            // kept back. Never "wait while another holds more": with several senders (or a killed
            // instance's lapsing claims) holding pieces, every one of them waited for the others.
            int stayBack = sendable.size() <= 3 ? sendable.size() : 2;
            List<Delivery> waiting = sendable.subList(sendable.size() - stayBack, sendable.size());
            outbox.putBack(List.copyOf(waiting), Outbox.WAITING_FOR_COMPANY, companyDue(sendingElsewhere, pending));
            sendable = new ArrayList<>(sendable.subList(0, sendable.size() - stayBack));
            if (sendable.isEmpty()) {
                return;
            }
        } else if (sendable.size() == 1) {
            outbox.failed(sendable.get(0), Outbox.WAITING_FOR_COMPANY);
            return;
        }
        budget = rate.takeMass(account.appid());
        if (!budget.isZero()) {
            outbox.putBack(sendable, 45009, budget);
            return;
        }
        WxMpMassOpenIdsMessage message = new WxMpMassOpenIdsMessage();
        message.setMsgType(WxConsts.MassMsgType.TEXT);
        message.setContent(sendable.get(0).getBody());
        message.setToUsers(sendable.stream().map(Delivery::getOpenid).toList());
        message.setClientMsgId("m" + sendable.get(0).getId());
        try {
            String msgId = account.api().getMassMessageService().massOpenIdsMessageSend(message).getMsgId();
            // In slices: the UPDATE's CASE grows with its rows.
            for (int from = 0; from < sendable.size(); from += 500) {
                outbox.sent(sendable.subList(from, Math.min(sendable.size(), from + 500)).stream()
                        .map(d -> new Outbox.Accepted(d, MASS, msgId)).toList());
            }
        } catch (WxErrorException e) {
            sendable.forEach(d -> settleError(account, d, code(e)));
        } catch (RuntimeException e) {
            sendable.forEach(d -> settleError(account, d, -1));
        }
    }

    /** Soon (a few seconds, spread so two waiting rows do not keep missing each other), or when the others are due. */
    private Duration companyDue(long sendingElsewhere, Outbox.Pending pending) {
        Duration soon = Duration.ofMillis(2_000 + ThreadLocalRandom.current().nextLong(3_000));
        if (sendingElsewhere > 0 || pending.earliestDue() == null) {
            return soon;
        }
        Duration untilDue = Duration.between(LocalDateTime.now(clock), pending.earliestDue());
        return untilDue.compareTo(soon) > 0 ? untilDue : soon;
    }

    private static boolean configured(WeChatProperties.NoticeTemplate template) {
        return template != null && template.id() != null && !template.id().isBlank();
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
        message.addData(new WxMpTemplateData(template.time(), chinaTime(delivery)));
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
            case 40003, 43101, 47003, 45015, 45047, 45028 -> outbox.failed(delivery, code);
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

    private static String chinaTime(Delivery delivery) {
        return delivery.getCreatedAt().atZone(ZoneOffset.UTC).withZoneSameInstant(ChinaTime.ZONE).format(TIME);
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
