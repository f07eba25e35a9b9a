package cn.laowu.core.broadcast;

/** Whom of the followers: registered workers (实名登记), followers not registered yet, or both. */
public enum Registered {
    REGISTERED("已实名登记"), UNREGISTERED("未登记的关注者"), ANY("全部关注者");

    private final String label;

    Registered(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
