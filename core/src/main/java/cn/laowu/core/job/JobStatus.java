package cn.laowu.core.job;

public enum JobStatus {
    DRAFT("草稿"),
    PUBLISHED("已发布"),
    CLOSED("已关闭"),
    /** Past its end date: set by the expiry schedule, undone by extending the end date. */
    EXPIRED("已到期");

    private final String label;

    JobStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
