package cn.laowu.core.allowance;

/** 提交 → 乡镇初审 → 县审核 → 公示 (异议 goes back to the county) → 发放批次 → 已发放. */
public enum ClaimStatus {
    SUBMITTED("待乡镇初审"),
    /** Needs 建档立卡, self-declared, and the county's poverty list (imported) does not have the worker yet. */
    AWAITING_LIST("待核对名单"),
    NEEDS_EVIDENCE("待补材料"),
    TOWNSHIP_APPROVED("待县审核"),
    PUBLICISED("公示中"),
    OBJECTED("公示有异议"),
    REJECTED("未通过"),
    IN_BATCH("待发放"),
    PAID("已发放");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still counts against "one claim per event": everything but a rejection. */
    public boolean live() {
        return this != REJECTED;
    }
}
