package cn.laowu.core.allowance.training;

/**
 * Who the 职业技能培训补贴 of a course is paid to, as a standard row says (V33): the trainee, or the
 * institution that trained for free (免费培训, the institution claims what the trainee did not pay).
 */
public enum SubsidyRecipient {
    TRAINEE("学员本人"),
    INSTITUTION("培训机构");

    private final String label;

    SubsidyRecipient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
