package cn.laowu.core.replica;

/**
 * Read-your-writes: while a request follows a recent write of the same clerk (see the web tier's
 * filter), even its read-only transactions read from the primary, so a clerk never sees a change
 * of their own vanish from a report because the replica has not applied it yet.
 */
public final class PrimaryReads {

    private static final ThreadLocal<Boolean> REQUIRED = new ThreadLocal<>();

    private PrimaryReads() {
    }

    public static boolean required() {
        return Boolean.TRUE.equals(REQUIRED.get());
    }

    /** Until closed, this thread's reads go to the primary. */
    public static Scope begin() {
        Boolean before = REQUIRED.get();
        REQUIRED.set(Boolean.TRUE);
        return () -> {
            if (before == null) {
                REQUIRED.remove();
            } else {
                REQUIRED.set(before);
            }
        };
    }

    /** Ends a {@link #begin()}; closing throws nothing. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
