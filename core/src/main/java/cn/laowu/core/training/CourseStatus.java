package cn.laowu.core.training;

/** OPEN takes sign-ups until the first day; CANCELLED courses stay on record. */
public enum CourseStatus {
    OPEN("开放报名"),
    CANCELLED("已取消");

    private final String label;

    CourseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
