package cn.laowu.core.complaint;

/** Where a case stands. NEEDS_INFO stops the clock until the worker adds what was asked for. */
public enum ComplaintStatus {
    NEW("新提交"),
    ACCEPTED("已受理"),
    IN_PROGRESS("处理中"),
    NEEDS_INFO("待补充"),
    CONCLUDED("已办结"),
    CLOSED("已关闭");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CONCLUDED && this != CLOSED;
    }
}
