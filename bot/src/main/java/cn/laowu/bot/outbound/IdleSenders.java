package cn.laowu.bot.outbound;

import java.time.Duration;

/**
 * While nothing is due, one sender thread of the instance looks every idle poll and the others
 * rest until it finds work: an idle instance costs one claim per poll, not one per sender (each
 * claim is a transaction of three locking reads). A new delivery is found as soon as before, by
 * the watcher; then every sender is woken to share the work.
 */
final class IdleSenders {

    private boolean watching;

    /** Called by a sender that found nothing: watches for one poll, or rests while another watches. */
    synchronized void nothingDue(Duration poll) throws InterruptedException {
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
}
