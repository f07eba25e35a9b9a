package cn.laowu.admin.worker;

import cn.laowu.core.worker.EmploymentStatus;
import cn.laowu.core.worker.WorkArea;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerEdit;

/**
 * The card as the edit form carries it: money in whole yuan, as clerks write it; the service
 * keeps fen. Also used for a new registration, which adds the ID number.
 */
public class WorkerForm {

    private String name;
    private String idNumber;
    private String phone;
    private String homeRegionCode;
    private String education;
    private String skillLevel;
    private String skills;
    private String health;
    private Long householdIncomeYuan;
    private Integer familyMembers;
    private boolean povertyRegistered;
    private boolean postSchoolYouth;
    private EmploymentStatus employmentStatus = EmploymentStatus.SEEKING;
    private String workPlace;
    private String employer;
    private String jobTitle;
    private Long monthlyWageYuan;
    private String satisfaction;
    private Boolean wantsJobChange;
    private String childrenSchooling;
    private String familyWithWorker;
    private WorkArea intendedArea;
    private String intendedIndustry;
    private String intendedJob;
    private Long expectedWageYuan;
    private String serviceNeeds;
    private Integer version;

    public static WorkerForm of(Worker w) {
        WorkerForm f = new WorkerForm();
        f.name = w.getName();
        f.homeRegionCode = w.getHomeRegionCode();
        f.education = w.getEducation();
        f.skillLevel = w.getSkillLevel();
        f.skills = w.getSkills();
        f.health = w.getHealth();
        f.householdIncomeYuan = yuan(w.getHouseholdIncomeFen());
        f.familyMembers = w.getFamilyMembers();
        f.povertyRegistered = Boolean.TRUE.equals(w.getPovertyRegistered());
        f.postSchoolYouth = Boolean.TRUE.equals(w.getPostSchoolYouth());
        f.employmentStatus = w.getEmploymentStatus();
        f.workPlace = w.getWorkPlace();
        f.employer = w.getEmployer();
        f.jobTitle = w.getJobTitle();
        f.monthlyWageYuan = yuan(w.getMonthlyWageFen());
        f.satisfaction = w.getSatisfaction();
        f.wantsJobChange = w.getWantsJobChange();
        f.childrenSchooling = w.getChildrenSchooling();
        f.familyWithWorker = w.getFamilyWithWorker();
        f.intendedArea = w.getIntendedArea();
        f.intendedIndustry = w.getIntendedIndustry();
        f.intendedJob = w.getIntendedJob();
        f.expectedWageYuan = yuan(w.getExpectedWageFen());
        f.serviceNeeds = w.getServiceNeeds();
        f.version = w.getVersion();
        return f;
    }

    public WorkerEdit toEdit() {
        return new WorkerEdit(name, phone, homeRegionCode, education, skillLevel, skills, health,
                fen(householdIncomeYuan), familyMembers, povertyRegistered, postSchoolYouth, employmentStatus,
                workPlace, employer, jobTitle, fen(monthlyWageYuan), satisfaction, wantsJobChange, childrenSchooling,
                familyWithWorker, intendedArea, intendedIndustry, intendedJob, fen(expectedWageYuan), serviceNeeds,
                version);
    }

    private static Long yuan(Long fen) {
        return fen == null ? null : fen / 100;
    }

    private static Long fen(Long yuan) {
        return yuan == null ? null : yuan * 100;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getHomeRegionCode() { return homeRegionCode; }
    public void setHomeRegionCode(String homeRegionCode) { this.homeRegionCode = homeRegionCode; }
    public String getEducation() { return education; }
    public void setEducation(String education) { this.education = education; }
    public String getSkillLevel() { return skillLevel; }
    public void setSkillLevel(String skillLevel) { this.skillLevel = skillLevel; }
    public String getSkills() { return skills; }
    public void setSkills(String skills) { this.skills = skills; }
    public String getHealth() { return health; }
    public void setHealth(String health) { this.health = health; }
    public Long getHouseholdIncomeYuan() { return householdIncomeYuan; }
    public void setHouseholdIncomeYuan(Long v) { this.householdIncomeYuan = v; }
    public Integer getFamilyMembers() { return familyMembers; }
    public void setFamilyMembers(Integer familyMembers) { this.familyMembers = familyMembers; }
    public boolean isPovertyRegistered() { return povertyRegistered; }
    public void setPovertyRegistered(boolean v) { this.povertyRegistered = v; }
    public boolean isPostSchoolYouth() { return postSchoolYouth; }
    public void setPostSchoolYouth(boolean v) { this.postSchoolYouth = v; }
    public EmploymentStatus getEmploymentStatus() { return employmentStatus; }
    public void setEmploymentStatus(EmploymentStatus v) { this.employmentStatus = v; }
    public String getWorkPlace() { return workPlace; }
    public void setWorkPlace(String workPlace) { this.workPlace = workPlace; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public Long getMonthlyWageYuan() { return monthlyWageYuan; }
    public void setMonthlyWageYuan(Long v) { this.monthlyWageYuan = v; }
    public String getSatisfaction() { return satisfaction; }
    public void setSatisfaction(String satisfaction) { this.satisfaction = satisfaction; }
    public Boolean getWantsJobChange() { return wantsJobChange; }
    public void setWantsJobChange(Boolean v) { this.wantsJobChange = v; }
    public String getChildrenSchooling() { return childrenSchooling; }
    public void setChildrenSchooling(String v) { this.childrenSchooling = v; }
    public String getFamilyWithWorker() { return familyWithWorker; }
    public void setFamilyWithWorker(String v) { this.familyWithWorker = v; }
    public WorkArea getIntendedArea() { return intendedArea; }
    public void setIntendedArea(WorkArea intendedArea) { this.intendedArea = intendedArea; }
    public String getIntendedIndustry() { return intendedIndustry; }
    public void setIntendedIndustry(String v) { this.intendedIndustry = v; }
    public String getIntendedJob() { return intendedJob; }
    public void setIntendedJob(String intendedJob) { this.intendedJob = intendedJob; }
    public Long getExpectedWageYuan() { return expectedWageYuan; }
    public void setExpectedWageYuan(Long v) { this.expectedWageYuan = v; }
    public String getServiceNeeds() { return serviceNeeds; }
    public void setServiceNeeds(String serviceNeeds) { this.serviceNeeds = serviceNeeds; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
