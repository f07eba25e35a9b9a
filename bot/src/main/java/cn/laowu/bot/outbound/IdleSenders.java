package cn.laowu.bot.outbound;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * While nothing is due, one sender thread of the instance looks every idle poll and the others
 * rest until it finds work: an idle instance costs one claim per poll, not one per sender (each
 * claim is a transaction of a few locking reads). A new delivery is found as soon as before, by
 * the watcher; then every sender is woken to share the work. A late chat reply queued on this
 * instance wakes them at once, and a sender busy with a batch takes it between two messages.
 */
final class IdleSenders {

    private boolean watching;
    private final AtomicBoolean replyWaiting = new AtomicBoolean();

    /** Called by a sender that found nothing: watches for one poll, or rests while another watches. */
    synchronized void nothingDue(Duration poll) throws InterruptedException {
        if (replyWaiting.get()) {
            // Queued after this sender's claim began: claim again rather than sleep on it.
            return;
        }
        if (watching) {
            wait();
            return;
        }
        watching = true;
        try {
            wait(Math.max(1, poll.toMillis()));
        } finally {
            watching = false;
        }
    }

    /** Called by a sender that found work: everyone drains. */
    synchronized void workFound() {
        notifyAll();
    }

    /** A late chat reply was queued: every resting sender wakes to claim it. */
    synchronized void replyQueued() {
        replyWaiting.set(true);
        notifyAll();
    }

    /** Whether a reply was queued since the last call: a claim about to start (or a busy sender) takes it. */
    boolean takeReplyWaiting() {
        return replyWaiting.get() && replyWaiting.getAndSet(false);
    }
}
