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

    /** Still on the course (or waiting for it): may check in, be reminded, cancel. */
    public boolean isActive() {
        return this == ENROLLED || this == WAITLISTED;
    }
}
