package cn.laowu.core.outpost;

/** How we learnt where a worker works. */
public enum WorkplaceSource {
    PLACEMENT("上岗"),
    FOLLOW_UP("跟踪回访"),
    COMPLAINT("投诉地点"),
    CHAT("本人告知"),
    LOCATION("本人发送位置");

    private final String label;

    WorkplaceSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
