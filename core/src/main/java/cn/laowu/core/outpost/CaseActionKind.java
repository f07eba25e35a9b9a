package cn.laowu.core.outpost;

/** What an outpost does on a case where the work is. */
public enum CaseActionKind {
    SITE_VISIT("现场走访"),
    MEDIATION("与企业调解"),
    RECOVERY("追回欠薪"),
    HANDOVER("移交当地劳动监察"),
    NOTE("协办备注");

    private final String label;

    CaseActionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
