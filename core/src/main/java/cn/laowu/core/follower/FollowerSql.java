package cn.laowu.core.follower;

/**
 * The follower table as other features embed it in one set-based statement (a broadcast's audience,
 * a million rows that never pass through the JVM): aliased {@code f}, whose {@code f.appid},
 * {@code f.openid} and {@code f.worker_id} a recipient list selects. Only this package names the table.
 */
public final class FollowerSql {

    /** The followers still subscribed, as a FROM item. */
    public static final String FROM = "wx_follower f";
    public static final String SUBSCRIBED = "f.subscribed = 1";
    /** A range of follower ids, {@code :fromId..:toId}, so a large audience is written a slice at a time. */
    public static final String ID_BETWEEN = "f.id BETWEEN :fromId AND :toId";

    private FollowerSql() {
    }
}
