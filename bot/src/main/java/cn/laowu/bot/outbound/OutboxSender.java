package cn.laowu.bot.outbound;

import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.MessageKind;
import cn.laowu.core.outbox.OutboxClaims;
import cn.laowu.core.outbox.OutboxSettlement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drains the outbox on this instance, the one way anything is sent to a follower: a few sender
 * threads claim due deliveries (SKIP LOCKED, with a lease, so instances share the work and a dead
 * one's rows come back; late chat replies first), send each by the channel WeChat allows
 * ({@link DeliveryChannels}), gather announcements into mass sends ({@link MassSends}) and
 * settle each row by WeChat's answer ({@link SendErrors}, recorded a few at a time by
 * {@link Unrecorded}).
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final String CUSTOMER_SERVICE = "CS";
    static final String TEMPLATE = "TEMPLATE";
    static final String SUBSCRIPTION = "SUBSCRIPTION";
    static final String MASS = "MASS";

    private final OutboxClaims claims;
    private final OutboxSettlement settlement;
    private final WeChatAccounts accounts;
    private final ServiceWindow window;
    private final DeliveryChannels channels;
    private final MassSends mass;
    private final WeChatProperties.Outbox settings;
    private final String owner;
    private final List<Thread> threads = new ArrayList<>();
    private final IdleSenders idle = new IdleSenders();
    private volatile boolean running;

    OutboxSender(OutboxClaims claims, OutboxSettlement settlement, WeChatAccounts accounts, ServiceWindow window,
                 DeliveryChannels channels, MassSends mass, WeChatProperties properties) {
        this.claims = claims;
        this.settlement = settlement;
        this.accounts = accounts;
        this.window = window;
        this.channels = channels;
        this.mass = mass;
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

    /** A late chat reply was queued on this instance: wake a sender for it now, not at the next poll. */
    void replyQueued() {
        idle.replyQueued();
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
        // Woken for a late reply: one locking read takes it, not the full claim's four. Either claim
        // takes replies first, so one queued before this point needs no claim of its own.
        List<Delivery> batch = idle.takeReplyWaiting()
                ? claims.claimReplies(owner, settings.batch(), settings.lease()) : List.of();
        if (batch.isEmpty()) {
            batch = claims.claim(owner, settings.batch(), settings.lease());
        }
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
        // A late reply's is open (the follower has just written): not looked up.
        ServiceWindow.Windows openWindows = window.among(rows.stream()
                .filter(d -> d.getKind() != MessageKind.REPLY).toList());
        Unrecorded accepted = new Unrecorded(settlement);
        try {
            for (Delivery delivery : rows) {
                if (System.nanoTime() - giveUpAt > 0) {
                    break;
                }
                if (idle.takeReplyWaiting()) {
                    // A worker waits for the answer to what they wrote: it does not wait for this batch.
                    sendEach(claims.claimReplies(owner, settings.batch(), settings.lease()), pauses, giveUpAt);
                }
                channels.send(delivery, massSends, openWindows, pauses, accepted);
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
     * An announcement to followers who have not written lately: the batch's recipients of it and
     * their company, the broadcast's other due rows on the account, in one mass call.
     */
    private void sendMass(List<Delivery> group, Map<String, Duration> pauses, long giveUpAt) throws InterruptedException {
        String appid = group.get(0).getAppid();
        String source = group.get(0).getSource();
        if (!mass.mayCall(appid, group)) {
            return;
        }
        List<Delivery> members = new ArrayList<>(group);
        List<Delivery> company = claims.claimCompany(owner, source, appid, MassSends.MASS_MAX - group.size(),
                settings.lease());
        // Company whose window is open goes by customer-service message, as any row does.
        sendEach(company, pauses, giveUpAt).values().forEach(members::addAll);
        if (System.nanoTime() - giveUpAt > 0) {
            return;
        }
        mass.send(accounts.get(appid), source, members);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
