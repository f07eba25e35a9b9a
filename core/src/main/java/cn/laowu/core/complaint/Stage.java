package cn.laowu.core.complaint;

/** The deadline a case is running against now. */
public enum Stage {
    ACCEPT("受理"),
    ANSWER("首次答复"),
    CONCLUDE("办结");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
