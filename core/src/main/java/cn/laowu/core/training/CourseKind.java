package cn.laowu.core.training;

/** The four kinds of course the policy names (004 第十条); subsidies depend on the kind. */
public enum CourseKind {
    PRE_EMPLOYMENT("就业前技能培训"),
    SKILL_UPGRADE("岗位技能提升培训"),
    ORDER("订单/定向培训"),
    GUIDANCE("引导性培训");

    private final String label;

    CourseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
