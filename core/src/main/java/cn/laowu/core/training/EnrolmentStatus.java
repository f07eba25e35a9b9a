package cn.laowu.core.training;

public enum EnrolmentStatus {
    ENROLLED("已报名"),
    WAITLISTED("候补"),
    CANCELLED("已取消"),
    COMPLETED("结业"),
    NOT_COMPLETED("未结业");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the trainee and the office read: 已报名 becomes 在训 from the first check-in (issue 22). */
    public String stageLabel(boolean checkedIn) {
        return this == ENROLLED && checkedIn ? "在训" : label;
    }

    /** Still on the course (or waiting for it): may check in, be reminded, cancel. */
    public boolean isActive() {
        return this == ENROLLED || this == WAITLISTED;
    }
}
