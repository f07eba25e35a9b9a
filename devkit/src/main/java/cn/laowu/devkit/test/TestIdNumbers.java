package cn.laowu.devkit.test;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first 17 digits of ID numbers (居民身份证号) for test workers, never the same twice in one JVM:
 * a module's tests share one database ({@link IntegrationServers}), where two random draws that
 * meet are one person registered twice, and a test that fails now and then. The birthday's month
 * and day and the sequence number walk through their 336,000 combinations; county and year are the
 * caller's (the year says the worker's age).
 */
public final class TestIdNumbers {

    private static final int COMBINATIONS = 12 * 28 * 1000;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestIdNumbers() {
    }

    /** {@code county} (six digits), a birthday in {@code year}, a sequence number: add the check character. */
    public static String first17(String county, int year) {
        int n = Math.floorMod(NEXT.getAndIncrement(), COMBINATIONS);
        return String.format("%s%04d%02d%02d%03d", county, year, 1 + n / 28_000, 1 + n / 1000 % 28, n % 1000);
    }
}
