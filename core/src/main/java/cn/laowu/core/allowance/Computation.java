package cn.laowu.core.allowance;

/** How a policy's amount follows from the facts of a claim. */
public enum Computation {
    FIXED("固定金额"),
    CAPPED_COST("实际费用,按去向封顶"),
    PER_DAY("每天金额 × 出勤天数"),
    PER_STABLE_PERSON("每稳定就业一人");

    private final String label;

    Computation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
