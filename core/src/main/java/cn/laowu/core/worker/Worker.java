package cn.laowu.core.worker;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One person's card in the real-name archive (一人一卡), with the fields of
 * docs/POLICY.md "Worker archive". ID number and phone are held only as ciphertext, lookup
 * hash and masked form; {@link WorkerService} is the one place that seals and opens them.
 */
@TableName("worker")
public class Worker {

    @TableId(type = IdType.AUTO)
    private Long id;
    
    private String name;
    private String gender;
    private LocalDate birthDate;
    private String idNumberCipher;
    private String idNumberHash;
    private String idNumberMasked;
    private String phoneCipher;
    private String phoneHash;
    private String phoneMasked;
    private String homeRegionCode;
    private String homeRegionPath;
    private String education;
    private String skillLevel;
    private String skills;
    private String health;
    private Long householdIncomeFen;
    private Integer familyMembers;
    private Boolean povertyRegistered;
    private Boolean postSchoolYouth;
    private EmploymentStatus employmentStatus;
    private String workPlace;
    private String employer;
    private String jobTitle;
    private Long monthlyWageFen;
    private String satisfaction;
    private Boolean wantsJobChange;
    private String childrenSchooling;
    private String familyWithWorker;
    private WorkArea intendedArea;
    private String intendedIndustry;
    private String intendedJob;
    private Long expectedWageFen;
    private String serviceNeeds;
    private LocalDateTime confirmedAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    
    @Version
    private Integer version;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getIdNumberCipher() {
        return idNumberCipher;
    }

    public void setIdNumberCipher(String idNumberCipher) {
        this.idNumberCipher = idNumberCipher;
    }

    public String getIdNumberHash() {
        return idNumberHash;
    }

    public void setIdNumberHash(String idNumberHash) {
        this.idNumberHash = idNumberHash;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public void setIdNumberMasked(String idNumberMasked) {
        this.idNumberMasked = idNumberMasked;
    }

    public String getPhoneCipher() {
        return phoneCipher;
    }

    public void setPhoneCipher(String phoneCipher) {
        this.phoneCipher = phoneCipher;
    }

    public String getPhoneHash() {
        return phoneHash;
    }

    public void setPhoneHash(String phoneHash) {
        this.phoneHash = phoneHash;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public void setPhoneMasked(String phoneMasked) {
        this.phoneMasked = phoneMasked;
    }

    public String getHomeRegionCode() {
        return homeRegionCode;
    }

    public void setHomeRegionCode(String homeRegionCode) {
        this.homeRegionCode = homeRegionCode;
    }

    public String getHomeRegionPath() {
        return homeRegionPath;
    }

    public void setHomeRegionPath(String homeRegionPath) {
        this.homeRegionPath = homeRegionPath;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getSkillLevel() {
        return skillLevel;
    }

    public void setSkillLevel(String skillLevel) {
        this.skillLevel = skillLevel;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public Long getHouseholdIncomeFen() {
        return householdIncomeFen;
    }

    public void setHouseholdIncomeFen(Long householdIncomeFen) {
        this.householdIncomeFen = householdIncomeFen;
    }

    public Integer getFamilyMembers() {
        return familyMembers;
    }

    public void setFamilyMembers(Integer familyMembers) {
        this.familyMembers = familyMembers;
    }

    public Boolean getPovertyRegistered() {
        return povertyRegistered;
    }

    public void setPovertyRegistered(Boolean povertyRegistered) {
        this.povertyRegistered = povertyRegistered;
    }

    public Boolean getPostSchoolYouth() {
        return postSchoolYouth;
    }

    public void setPostSchoolYouth(Boolean postSchoolYouth) {
        this.postSchoolYouth = postSchoolYouth;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public void setEmploymentStatus(EmploymentStatus employmentStatus) {
        this.employmentStatus = employmentStatus;
    }

    public String getWorkPlace() {
        return workPlace;
    }

    public void setWorkPlace(String workPlace) {
        this.workPlace = workPlace;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Long getMonthlyWageFen() {
        return monthlyWageFen;
    }

    public void setMonthlyWageFen(Long monthlyWageFen) {
        this.monthlyWageFen = monthlyWageFen;
    }

    public String getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(String satisfaction) {
        this.satisfaction = satisfaction;
    }

    public Boolean getWantsJobChange() {
        return wantsJobChange;
    }

    public void setWantsJobChange(Boolean wantsJobChange) {
        this.wantsJobChange = wantsJobChange;
    }

    public String getChildrenSchooling() {
        return childrenSchooling;
    }

    public void setChildrenSchooling(String childrenSchooling) {
        this.childrenSchooling = childrenSchooling;
    }

    public String getFamilyWithWorker() {
        return familyWithWorker;
    }

    public void setFamilyWithWorker(String familyWithWorker) {
        this.familyWithWorker = familyWithWorker;
    }

    public WorkArea getIntendedArea() {
        return intendedArea;
    }

    public void setIntendedArea(WorkArea intendedArea) {
        this.intendedArea = intendedArea;
    }

    public String getIntendedIndustry() {
        return intendedIndustry;
    }

    public void setIntendedIndustry(String intendedIndustry) {
        this.intendedIndustry = intendedIndustry;
    }

    public String getIntendedJob() {
        return intendedJob;
    }

    public void setIntendedJob(String intendedJob) {
        this.intendedJob = intendedJob;
    }

    public Long getExpectedWageFen() {
        return expectedWageFen;
    }

    public void setExpectedWageFen(Long expectedWageFen) {
        this.expectedWageFen = expectedWageFen;
    }

    public String getServiceNeeds() {
        return serviceNeeds;
    }

    public void setServiceNeeds(String serviceNeeds) {
        this.serviceNeeds = serviceNeeds;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public void setConfirmedAt(LocalDateTime confirmedAt) {
        this.confirmedAt = confirmedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
