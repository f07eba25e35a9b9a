package cn.laowu.devkit.servers;

import java.util.function.BooleanSupplier;

/** Polls a condition while local servers come up (devkit has no Awaitility outside tests). */
final class Waiting {

    private Waiting() {
    }

    static void until(String what, int seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                last = notYet;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
        throw new IllegalStateException("Timed out after " + seconds + " s waiting for " + what, last);
    }
}
