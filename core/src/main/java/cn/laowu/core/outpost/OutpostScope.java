package cn.laowu.core.outpost;

/**
 * What an outpost's staff member may see: the outpost's area, as a second dimension beside the
 * region scope. Every outpost query takes one and applies it in SQL; it is only made from the
 * outpost_staff row of a signed-in account ({@link OutpostService#scopeOf}), so it cannot be
 * missing or guessed: an account without that row has none and sees nothing.
 */
public record OutpostScope(long outpostId, OutpostRole role, String username) {

    public boolean head() {
        return role == OutpostRole.HEAD;
    }
}
