package cn.laowu.devkit.fakewechat;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WeChat's de-duplication of template messages: the first send of an (openid, client_msg_id)
 * within the window is delivered, a repeat is answered with the first one's msgid and dropped.
 * Entries older than the window are forgotten, so a long benchmark does not keep them all.
 */
final class ClientMsgIds {

    private record First(long msgId, long atNanos) {
    }

    private volatile long windowNanos;
    private final Map<String, First> firsts = new ConcurrentHashMap<>();
    private final AtomicLong repeats = new AtomicLong();
    private final AtomicLong nextSweep;

    ClientMsgIds(Duration window) {
        this.windowNanos = window.toNanos();
        this.nextSweep = new AtomicLong(System.nanoTime() + windowNanos);
    }

    /** The msgid of the first send under this key within the window: {@code msgId} itself when this is the first. */
    long firstMsgId(String key, long msgId) {
        long now = System.nanoTime();
        sweep(now);
        First first = firsts.compute(key, (k, old) -> old == null || now - old.atNanos() > windowNanos
                ? new First(msgId, now) : old);
        if (first.msgId() != msgId) {
            repeats.incrementAndGet();
        }
        return first.msgId();
    }

    void window(Duration window) {
        windowNanos = window.toNanos();
        nextSweep.set(System.nanoTime());
    }

    long repeats() {
        return repeats.get();
    }

    private void sweep(long now) {
        long due = nextSweep.get();
        if (now - due < 0 || !nextSweep.compareAndSet(due, now + windowNanos / 10)) {
            return;
        }
        for (Iterator<First> it = firsts.values().iterator(); it.hasNext(); ) {
            if (now - it.next().atNanos() > windowNanos) {
                it.remove();
            }
        }
    }
}
