package cn.laowu.core.allowance;

/** How often a policy pays: the qualifying event a claim's unique key names. */
public enum Frequency {
    PER_PLACEMENT("每次输出一次"),
    PER_COURSE("每期培训一次"),
    PER_YEAR("每年一次"),
    EVER("每人一次");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
