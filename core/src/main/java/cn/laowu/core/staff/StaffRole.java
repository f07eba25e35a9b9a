package cn.laowu.core.staff;

/** Console roles. Each account also belongs to one region, which bounds what it sees. */
public enum StaffRole {
    PREFECTURE_ADMIN("州级管理员"),
    COUNTY_ADMIN("县级管理员"),
    TOWNSHIP_STAFF("乡镇工作人员"),
    VILLAGE_CLERK("村信息员"),
    TRAINING_PROVIDER("培训机构"),
    LEADER_READONLY("领导查看"),
    /** 驻外劳务服务中心: they see the outpost's area only (cn.laowu.core.outpost), never the home regions. */
    OUTPOST_HEAD("驻外站长"),
    OUTPOST_STAFF("驻外工作人员"),
    /** 财务: downloads the payment ledger (full account numbers) for the bank, nothing else of the allowances. */
    FINANCE("财务");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
