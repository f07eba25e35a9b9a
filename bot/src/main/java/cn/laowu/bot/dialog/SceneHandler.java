package cn.laowu.bot.dialog;

import java.time.Duration;

/**
 * One kind of parametric QR code (a broker's code, a shared job, a check-in...): a bean that
 * says which scene strings are its own, how long its codes live, and what a scan means. The
 * router and the QR-code endpoint find it by prefix; a feature adds a kind by adding a bean.
 */
public interface SceneHandler {

    /** The scene strings of this kind start with it, e.g. {@code b:}; unique among handlers. */
    String prefix();

    /** Whether this is a well-formed scene of this kind (anything else is an old code, a typo or an attack). */
    boolean accepts(String scene);

    /** How long a QR code of this kind lives; null for a permanent code (WeChat allows 100,000 an account). */
    Duration lifetime();

    /**
     * A follower scanned a code of this kind, on subscribing or as a follower already.
     *
     * @param greeting what the follower is told anyway (welcome, welcome back); the reply may build on it
     */
    Reply scanned(DialogContext ctx, String scene, Reply greeting);
}
