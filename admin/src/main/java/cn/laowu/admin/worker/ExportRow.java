package cn.laowu.admin.worker;

import cn.idev.excel.annotation.ExcelProperty;
import cn.idev.excel.annotation.write.style.ColumnWidth;

/**
 * A row of the exported archive; ID number and phone are masked unless a full export was allowed.
 * A masked row shows the age reached this year instead of the birth date (see Masking: with the
 * village's county and the last digits, a birth date would rebuild the ID); 出生日期 is filled
 * only in the full export.
 */
@ColumnWidth(14)
public class ExportRow {

    @ExcelProperty("姓名")
    private String name;
    @ExcelProperty("性别")
    @ColumnWidth(6)
    private String gender;
    @ExcelProperty("年龄")
    @ColumnWidth(6)
    private Integer age;
    @ExcelProperty("身份证号")
    @ColumnWidth(22)
    private String idNumber;
    @ExcelProperty("手机号")
    private String phone;
    @ExcelProperty("户籍村代码")
    @ColumnWidth(16)
    private String villageCode;
    @ExcelProperty("户籍村")
    private String village;
    @ExcelProperty("建档立卡")
    private String povertyRegistered;
    @ExcelProperty("两后生")
    private String postSchoolYouth;
    @ExcelProperty("文化程度")
    private String education;
    @ExcelProperty("技能水平")
    private String skillLevel;
    @ExcelProperty("健康状况")
    private String health;
    @ExcelProperty("家庭人口")
    private Integer familyMembers;
    @ExcelProperty("就业状态")
    private String employmentStatus;
    @ExcelProperty("就业地区")
    private String workPlace;
    @ExcelProperty("就业单位")
    private String employer;
    @ExcelProperty("岗位")
    private String jobTitle;
    @ExcelProperty("月薪(元)")
    private Long monthlyWageYuan;
    @ExcelProperty("意向地区")
    private String intendedArea;
    @ExcelProperty("意向行业")
    private String intendedIndustry;
    @ExcelProperty("意向工种")
    private String intendedJob;
    @ExcelProperty("期望月薪(元)")
    private Long expectedWageYuan;
    @ExcelProperty("最近复核")
    private String confirmedAt;
    @ExcelProperty("出生日期")
    private String birthDate;

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

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getPovertyRegistered() {
        return povertyRegistered;
    }

    public void setPovertyRegistered(String povertyRegistered) {
        this.povertyRegistered = povertyRegistered;
    }

    public String getPostSchoolYouth() {
        return postSchoolYouth;
    }

    public void setPostSchoolYouth(String postSchoolYouth) {
        this.postSchoolYouth = postSchoolYouth;
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

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public Integer getFamilyMembers() {
        return familyMembers;
    }

    public void setFamilyMembers(Integer familyMembers) {
        this.familyMembers = familyMembers;
    }

    public String getEmploymentStatus() {
        return employmentStatus;
    }

    public void setEmploymentStatus(String employmentStatus) {
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

    public Long getMonthlyWageYuan() {
        return monthlyWageYuan;
    }

    public void setMonthlyWageYuan(Long monthlyWageYuan) {
        this.monthlyWageYuan = monthlyWageYuan;
    }

    public String getIntendedArea() {
        return intendedArea;
    }

    public void setIntendedArea(String intendedArea) {
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

    public Long getExpectedWageYuan() {
        return expectedWageYuan;
    }

    public void setExpectedWageYuan(Long expectedWageYuan) {
        this.expectedWageYuan = expectedWageYuan;
    }

    public String getConfirmedAt() {
        return confirmedAt;
    }

    public void setConfirmedAt(String confirmedAt) {
        this.confirmedAt = confirmedAt;
    }
}
