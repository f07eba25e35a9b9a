package cn.laowu.core.complaint;

/**
 * The fixed list of how a case ends (天津 uses such a list), each with the reply the worker gets;
 * the clerk adds the particulars.
 */
public enum Conclusion {
    WAGES_RECOVERED("已追回工资", "经协调,拖欠的工资已追回。"),
    /** Some paid, the rest promised by a date: followed up, and the worker may still say 不满意 after it. */
    PARTLY_RECOVERED("部分追回", "经协调,已追回部分工资,剩余部分约定了付清日期,到期我们会跟进。"),
    CASE_FILED("已立案查处", "劳动保障监察已立案查处,用人单位将依法处理。"),
    TO_ARBITRATION("转劳动仲裁", "此事需要劳动仲裁解决,我们已帮您转到劳动人事争议仲裁院,仲裁不收费。"),
    TO_INSPECTION("转劳动监察", "已转交劳动保障监察大队调查处理。"),
    MEDIATED("调解达成协议", "经调解,双方已达成协议。"),
    INJURY_ASSISTED("已协助工伤认定", "已协助您申请工伤认定,后续进展会告诉您。"),
    AGENCY_PUNISHED("已查处违规中介", "违规中介已被查处。"),
    POLICY_EXPLAINED("已解答政策", "已向您解答了相关政策。"),
    OUT_OF_SCOPE("不属于受理范围", "此事不属于劳动保障部门受理范围,我们已告诉您可以去哪里反映。"),
    WITHDRAWN("投诉人撤回", "您已撤回投诉。");

    private final String label;
    private final String template;

    Conclusion(String label, String template) {
        this.label = label;
        this.template = template;
    }

    public String label() {
        return label;
    }

    public String template() {
        return template;
    }
}
