package cn.laowu.bot.outbound;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class IdleSendersTest {

    @Test
    void whileNothingIsDueOneSenderLooksAndTheOthersRestUntilItFindsWork() throws Exception {
        IdleSenders idle = new IdleSenders();
        int senders = 4;
        AtomicIntegerArray polls = new AtomicIntegerArray(senders);
        AtomicBoolean due = new AtomicBoolean();
        AtomicInteger found = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            int me = i;
            Thread thread = new Thread(() -> {
                try {
                    while (true) {
                        polls.incrementAndGet(me);
                        if (due.get()) {
                            found.incrementAndGet();
                            idle.workFound();
                            Thread.sleep(1);
                        } else {
                            idle.nothingDue(Duration.ofMillis(5));
                        }
                    }
                } catch (InterruptedException stopped) {
                    // the sender stops
                }
            });
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> total(polls) >= 60);
            int busiest = 0;
            for (int i = 0; i < senders; i++) {
                busiest = Math.max(busiest, polls.get(i));
            }
            assertThat(total(polls) - busiest).as("polls by the senders resting while one looks: %s", polls)
                    .isLessThanOrEqualTo(2 * (senders - 1));

            due.set(true);
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (int i = 0; i < senders; i++) {
                    if (polls.get(i) < 10) {
                        return false;
                    }
                }
                return true;
            });
            assertThat(found.get()).isPositive();
        } finally {
            threads.forEach(Thread::interrupt);
        }
    }

    @Test
    void aQueuedReplyWakesTheWatcherAndTheRestingSendersAtOnceAndIsTakenOnce() throws Exception {
        IdleSenders idle = new IdleSenders();
        AtomicInteger woken = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread thread = new Thread(() -> {
                try {
                    // A poll far longer than the test waits: only the wake can end it.
                    idle.nothingDue(Duration.ofMinutes(10));
                    woken.incrementAndGet();
                } catch (InterruptedException stopped) {
                    // the sender stops
                }
            });
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> threads.stream()
                    .allMatch(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING));
            idle.replyQueued();
            await().atMost(Duration.ofSeconds(5)).until(() -> woken.get() == 3);
            assertThat(idle.takeReplyWaiting()).isTrue();
            assertThat(idle.takeReplyWaiting()).as("taken once").isFalse();
            // A reply queued while a sender was claiming: it does not go to sleep on it.
            idle.replyQueued();
            long started = System.nanoTime();
            idle.nothingDue(Duration.ofMinutes(10));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            threads.forEach(Thread::interrupt);
        }
    }

    private static int total(AtomicIntegerArray polls) {
        int sum = 0;
        for (int i = 0; i < polls.length(); i++) {
            sum += polls.get(i);
        }
        return sum;
    }
}
