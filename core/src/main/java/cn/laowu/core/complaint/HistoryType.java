package cn.laowu.core.complaint;

/** What a history row records. */
public enum HistoryType {
    FILED("提交"),
    STATUS("状态变更"),
    ANSWER("答复"),
    NOTE("内部备注"),
    WORKER_INFO("投诉人补充"),
    ATTACHMENT("附件"),
    TRANSFER("转办"),
    ASSIGN("指派"),
    ESCALATION("超期升级"),
    WARNING("临期提醒"),
    RATING("评价"),
    /** Written by a co-handling outpost (驻外劳务服务中心), never by the owner. */
    CO_HANDLER("驻外协办");

    private final String label;

    HistoryType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
