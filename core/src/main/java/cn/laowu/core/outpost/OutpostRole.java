package cn.laowu.core.outpost;

import cn.laowu.core.staff.StaffRole;

/** The two roles at an outpost; the 站长 may also see a worker's whole phone number (audited). */
public enum OutpostRole {
    HEAD("站长", StaffRole.OUTPOST_HEAD),
    STAFF("工作人员", StaffRole.OUTPOST_STAFF);

    private final String label;
    private final StaffRole staffRole;

    OutpostRole(String label, StaffRole staffRole) {
        this.label = label;
        this.staffRole = staffRole;
    }

    public String label() {
        return label;
    }

    public StaffRole staffRole() {
        return staffRole;
    }
}
