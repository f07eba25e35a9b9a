package cn.laowu.admin.worker;

import cn.idev.excel.annotation.ExcelProperty;
import cn.idev.excel.annotation.write.style.ColumnWidth;
import cn.laowu.core.worker.ImportLine;

/**
 * A row of the village register template (一村一册). Every cell is read as text; core checks it.
 * (FastExcel maps cells through getters and setters, hence the accessors.)
 */
@ColumnWidth(14)
public class ImportRow {

    @ExcelProperty("姓名")
    private String name;
    @ExcelProperty("身份证号")
    @ColumnWidth(22)
    private String idNumber;
    @ExcelProperty("手机号")
    private String phone;
    @ExcelProperty("村(区划代码或村名)")
    @ColumnWidth(22)
    private String village;
    @ExcelProperty("建档立卡(是/否)")
    private String povertyRegistered;
    @ExcelProperty("两后生(是/否)")
    private String postSchoolYouth;
    @ExcelProperty("文化程度")
    private String education;
    @ExcelProperty("技能水平")
    private String skillLevel;
    @ExcelProperty("健康状况")
    private String health;
    @ExcelProperty("家庭人口")
    private String familyMembers;
    @ExcelProperty("就业状态(已就业/未就业)")
    @ColumnWidth(22)
    private String employmentStatus;
    @ExcelProperty("就业地区")
    private String workPlace;
    @ExcelProperty("就业单位")
    private String employer;
    @ExcelProperty("岗位")
    private String jobTitle;
    @ExcelProperty("月薪(元)")
    private String monthlyWageYuan;
    @ExcelProperty("意向地区(省外/省内/州内/县内)")
    @ColumnWidth(26)
    private String intendedArea;
    @ExcelProperty("意向行业")
    private String intendedIndustry;
    @ExcelProperty("意向工种")
    private String intendedJob;
    @ExcelProperty("期望月薪(元)")
    private String expectedWageYuan;

    ImportLine toLine(int row) {
        return new ImportLine(row, name, idNumber, phone, village, povertyRegistered, postSchoolYouth, education,
                skillLevel, health, familyMembers, employmentStatus, workPlace, employer, jobTitle, monthlyWageYuan,
                intendedArea, intendedIndustry, intendedJob, expectedWageYuan);
    }

    boolean isBlank() {
        return blank(name) && blank(idNumber) && blank(phone) && blank(village);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getFamilyMembers() {
        return familyMembers;
    }

    public void setFamilyMembers(String familyMembers) {
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

    public String getMonthlyWageYuan() {
        return monthlyWageYuan;
    }

    public void setMonthlyWageYuan(String monthlyWageYuan) {
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

    public String getExpectedWageYuan() {
        return expectedWageYuan;
    }

    public void setExpectedWageYuan(String expectedWageYuan) {
        this.expectedWageYuan = expectedWageYuan;
    }
}
