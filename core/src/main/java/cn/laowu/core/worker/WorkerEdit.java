package cn.laowu.core.worker;

/**
 * The editable part of a card. The ID number is not here: identity is fixed at registration.
 * Money in fen.
 */
public record WorkerEdit(
        String name, String phone, String homeRegionCode,
        String education, String skillLevel, String skills, String health,
        Long householdIncomeFen, Integer familyMembers, boolean povertyRegistered, boolean postSchoolYouth,
        EmploymentStatus employmentStatus,
        String workPlace, String employer, String jobTitle, Long monthlyWageFen, String satisfaction,
        Boolean wantsJobChange, String childrenSchooling, String familyWithWorker,
        WorkArea intendedArea, String intendedIndustry, String intendedJob, Long expectedWageFen, String serviceNeeds,
        Integer version) {

    public static WorkerEdit of(Worker w) {
        return new WorkerEdit(w.getName(), null, w.getHomeRegionCode(), w.getEducation(), w.getSkillLevel(),
                w.getSkills(), w.getHealth(), w.getHouseholdIncomeFen(), w.getFamilyMembers(),
                Boolean.TRUE.equals(w.getPovertyRegistered()), Boolean.TRUE.equals(w.getPostSchoolYouth()),
                w.getEmploymentStatus(), w.getWorkPlace(), w.getEmployer(), w.getJobTitle(), w.getMonthlyWageFen(),
                w.getSatisfaction(), w.getWantsJobChange(), w.getChildrenSchooling(), w.getFamilyWithWorker(),
                w.getIntendedArea(), w.getIntendedIndustry(), w.getIntendedJob(), w.getExpectedWageFen(),
                w.getServiceNeeds(), w.getVersion());
    }
}
