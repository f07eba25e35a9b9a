package cn.laowu.bot.outbound;

import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.OutboxSettlement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages WeChat took that are not yet marked SENT: recorded a few at a time, in one statement
 * and commit (one commit per message capped the drain), and at the latest after
 * {@link #RECORD_WITHIN}. The price is bounded: a killed instance had at most
 * {@code settle-every} such messages per sender thread, and those go again when the lease ends
 * (template messages are then dropped by WeChat by their {@code client_msg_id}).
 */
final class Unrecorded {

    /** Accepted messages wait at most about this long to be marked SENT, however slowly the rest go. */
    private static final Duration RECORD_WITHIN = Duration.ofMillis(500);

    private final OutboxSettlement settlement;
    private final List<OutboxSettlement.Accepted> rows = new ArrayList<>();
    private long since;

    Unrecorded(OutboxSettlement settlement) {
        this.settlement = settlement;
    }

    void add(Delivery delivery, String channel, String msgId) {
        if (rows.isEmpty()) {
            since = System.nanoTime();
        }
        rows.add(new OutboxSettlement.Accepted(delivery, channel, msgId));
    }

    boolean due(int settleEvery) {
        return rows.size() >= settleEvery || (!rows.isEmpty() && System.nanoTime() - since > RECORD_WITHIN.toNanos());
    }

    void record() {
        if (!rows.isEmpty()) {
            settlement.sent(List.copyOf(rows));
            rows.clear();
        }
    }
}
