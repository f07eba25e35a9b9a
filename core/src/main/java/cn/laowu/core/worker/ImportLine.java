package cn.laowu.core.worker;

/**
 * One row of the village register template (一村一册), as typed in the spreadsheet. Columns follow
 * docs/POLICY.md "Worker archive"; {@code row} is the spreadsheet's own row number.
 */
public record ImportLine(int row, String name, String idNumber, String phone, String village,
                         String povertyRegistered, String postSchoolYouth, String education, String skillLevel,
                         String health, String familyMembers, String employmentStatus, String workPlace,
                         String employer, String jobTitle, String monthlyWageYuan, String intendedArea,
                         String intendedIndustry, String intendedJob, String expectedWageYuan) {
}
