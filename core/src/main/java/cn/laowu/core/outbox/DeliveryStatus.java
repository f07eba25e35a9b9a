package cn.laowu.core.outbox;

/**
 * Where a delivery stands. SENT: WeChat accepted it; DELIVERED/BLOCKED: WeChat's finish event
 * said so; CANCELLED: its broadcast was cancelled before it went.
 */
public enum DeliveryStatus {
    QUEUED, SENDING, SENT, DELIVERED, BLOCKED, FAILED, CANCELLED;

    public boolean reached() {
        return this == SENT || this == DELIVERED;
    }
}
