package cn.laowu.admin.complaint;

import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.support.RuleViolation;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who a case may be assigned to: an enabled colleague within the assigner's scope who may handle
 * complaints and can see the case (the handling office or an office above it). Offered as a
 * list; anything else is refused, so no case goes to a name that cannot open it.
 */
@Component
class ComplaintAssignees {

    private final StaffService staff;

    ComplaintAssignees(StaffService staff) {
        this.staff = staff;
    }

    List<StaffAccount> of(RegionScope scope, Complaint c) {
        return staff.list(scope).stream()
                .filter(a -> Boolean.TRUE.equals(a.getEnabled()))
                .filter(a -> ComplaintSection.HANDLE_COMPLAINTS.allows(a.getRole()))
                .filter(a -> c.getOwnerRegionPath().startsWith(a.getRegionPath()))
                .toList();
    }

    /** The username, if it is one of {@link #of}; else a refusal that says what to do. */
    String require(RegionScope scope, Complaint c, String username) {
        return of(scope, c).stream().map(StaffAccount::getUsername).filter(u -> u.equals(username)).findFirst()
                .orElseThrow(() -> new RuleViolation("只能指派给能办理这件投诉的同事,请从列表里选。"));
    }
}
