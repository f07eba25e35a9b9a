package cn.laowu.bot.conversation;

import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.conversation.ConversationStore.Follower;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One turn at a time per follower, across instances (the lock itself is in {@link ConversationStore}).
 * The lease is short, so the lock of an instance killed mid-turn lapses in time for WeChat's
 * retries; a live turn that takes longer keeps renewing it, up to {@link #MAX_TURN}.
 */
@Component
class FollowerTurns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FollowerTurns.class);
    /** Longer than any turn should take; a turn still running then loses its lock and cannot write its state. */
    static final Duration MAX_TURN = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 20;

    private final ConversationStore store;
    private final Duration lease;
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wx-turn-renewer");
        thread.setDaemon(true);
        return thread;
    });

    FollowerTurns(ConversationStore store, WeChatProperties settings) {
        this.store = store;
        this.lease = ConversationService.claimLease(settings);
    }

    Duration lease() {
        return lease;
    }

    /**
     * A token no other turn has: the lock's value, and the fence a late turn's writes are checked
     * against. 122 random bits as a UUID has, but not from UUID.randomUUID's SecureRandom, whose
     * lock every callback thread queued on: the token is never shown to anyone, it only has to differ.
     */
    String newToken() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | (2L << 62)).toString();
    }

    /**
     * Waits until the turn running for this follower ends (or its lease lapses), then takes it.
     *
     * @return the dialog state that turn left, or empty after {@link #MAX_TURN} of waiting
     */
    Optional<String> await(Follower follower, String token) {
        long deadline = System.nanoTime() + MAX_TURN.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> state = store.takeTurn(follower, token, lease);
            if (state.isPresent()) {
                return state;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        log.warn("A follower's turn was held for {}; a message waiting for it was answered \"sorry\"", MAX_TURN);
        return Optional.empty();
    }

    /** Keeps the turn's lease alive while it runs; close when it has finished. */
    Held hold(Follower follower, String token) {
        long every = Math.max(100, lease.toMillis() / 3);
        long until = System.nanoTime() + MAX_TURN.toNanos();
        ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
        task[0] = renewer.scheduleAtFixedRate(() -> {
            try {
                if (System.nanoTime() > until || !store.renewTurn(follower, token, lease)) {
                    task[0].cancel(false);
                }
            } catch (DataAccessException e) {
                log.warn("Could not renew a follower's turn: {}", e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return () -> task[0].cancel(false);
    }

    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public void destroy() {
        renewer.shutdownNow();
    }
}
