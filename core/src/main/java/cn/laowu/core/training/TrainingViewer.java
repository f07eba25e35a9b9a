package cn.laowu.core.training;

import cn.laowu.core.region.RegionScope;

/**
 * Who looks at courses in the console: staff see the courses of their region and below; a
 * training institution sees only its own courses (and still only inside its region).
 *
 * @param institutionId the institution's staff account id, or null for staff
 */
public record TrainingViewer(RegionScope scope, Long institutionId) {

    public static TrainingViewer staff(RegionScope scope) {
        return new TrainingViewer(scope, null);
    }

    public static TrainingViewer institution(RegionScope scope, long accountId) {
        return new TrainingViewer(scope, accountId);
    }

    public boolean isInstitution() {
        return institutionId != null;
    }
}
