package cn.laowu.core.placement;

/** 就业满意度, as a worker answers it in a follow-up. */
public enum Satisfaction {
    SATISFIED("满意"),
    FAIR("一般"),
    UNSATISFIED("不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
