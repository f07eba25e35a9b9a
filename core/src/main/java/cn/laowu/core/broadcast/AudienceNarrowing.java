package cn.laowu.core.broadcast;

/**
 * A registration point: another feature narrows a broadcast's audience by a rule over its own
 * tables (an outpost: the workers working in its area now), without the broadcast feature knowing
 * them. A broadcast names it "kind:id"; caps, approval and the outbox stay the broadcast's.
 */
public interface AudienceNarrowing {

    /** The name a broadcast stores before the colon, e.g. "outpost". */
    String kind();

    /**
     * An SQL condition over {@code f} (wx_follower) and {@code w} (worker, may be null for an
     * unregistered follower) with the named parameter {@code :narrowId}; ANDed to the audience.
     */
    String condition();

    static String name(String kind, long id) {
        return kind + ":" + id;
    }
}
