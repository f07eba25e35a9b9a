package cn.laowu.core.worker;

public enum EmploymentStatus {
    SEEKING("未就业"),
    EMPLOYED("已就业");

    private final String label;

    EmploymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
