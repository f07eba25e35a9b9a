package cn.laowu.core.broadcast;

/**
 * AWAITING_APPROVAL → SCHEDULED → QUEUEING → QUEUED (in the outbox) → DONE (every delivery settled);
 * CANCELLED from any before the end.
 */
public enum BroadcastStatus {
    AWAITING_APPROVAL("待审批"), SCHEDULED("待发送"), QUEUEING("排队中"), QUEUED("发送中"), DONE("已完成"),
    CANCELLED("已撤回");

    private final String label;

    BroadcastStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
