package cn.laowu.core.allowance;

/** How a policy's amount follows from the facts of a claim. */
public enum Computation {
    FIXED("固定金额"),
    CAPPED_COST("实际费用,按去向封顶"),
    PER_DAY("每天金额 × 出勤天数"),
    PER_STABLE_PERSON("每稳定就业一人"),
    /** The training standard of the course's occupation and level, times the rate of the course kind. */
    STANDARD("工种和等级的培训补贴标准 × 比例");

    private final String label;

    Computation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
