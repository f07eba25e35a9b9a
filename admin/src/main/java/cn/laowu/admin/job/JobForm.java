package cn.laowu.admin.job;

import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService.JobDraft;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkArea;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** A new job as the form carries it: wages in whole yuan, as clerks write them; the service keeps fen. */
public class JobForm {

    private Long employerId;
    private String title;
    private String industry;
    private WorkArea workArea;
    private String workPlace;
    private Long wageMinYuan;
    private Long wageMaxYuan;
    private String hours;
    private String foodLodging;
    private String socialInsurance;
    private Integer ageMin;
    private Integer ageMax;
    private String healthRequirement;
    private Integer headcount;
    private boolean trainingRequired;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    /** The job's version the edit form was filled from (修改岗位 only). */
    private Integer version;

    /** The edit form filled from the job as it is now. */
    static JobForm of(Job job) {
        JobForm form = new JobForm();
        form.employerId = job.getEmployerId();
        form.title = job.getTitle();
        form.industry = job.getIndustry();
        form.workArea = job.getWorkArea();
        form.workPlace = job.getWorkPlace();
        form.wageMinYuan = job.getWageMinFen() / 100;
        form.wageMaxYuan = job.getWageMaxFen() / 100;
        form.hours = job.getHours();
        form.foodLodging = job.getFoodLodging();
        form.socialInsurance = job.getSocialInsurance();
        form.ageMin = job.getAgeMin();
        form.ageMax = job.getAgeMax();
        form.healthRequirement = job.getHealthRequirement();
        form.headcount = job.getHeadcount();
        form.trainingRequired = Boolean.TRUE.equals(job.getTrainingRequired());
        form.endsOn = job.getEndsOn();
        form.version = job.getVersion();
        return form;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public JobDraft toDraft() {
        if (employerId == null) {
            throw new RuleViolation("请选择企业。");
        }
        if (wageMinYuan == null || wageMaxYuan == null) {
            throw new RuleViolation("请填写月薪范围(元)。");
        }
        if (headcount == null) {
            throw new RuleViolation("请填写招聘人数。");
        }
        // 劳动法第十五条: no one under 16 may be employed.
        if (ageMin != null && (ageMin < 16 || ageMin > 100) || ageMax != null && (ageMax < 16 || ageMax > 100)) {
            throw new RuleViolation("年龄要求应在16到100岁之间。");
        }
        // The columns' widths, so an over-long entry gets an answer instead of a database error.
        limit(hours, "工作时间", 64);
        limit(foodLodging, "食宿", 64);
        limit(socialInsurance, "社保", 64);
        limit(healthRequirement, "健康要求", 128);
        return new JobDraft(employerId, title, industry, workArea, workPlace, fen(wageMinYuan), fen(wageMaxYuan),
                hours, foodLodging, socialInsurance, ageMin, ageMax, healthRequirement, headcount, trainingRequired,
                endsOn);
    }

    static void limit(String value, String field, int max) {
        if (value != null && value.trim().length() > max) {
            throw new RuleViolation(field + "最多" + max + "个字。");
        }
    }

    private static long fen(long yuan) {
        try {
            return Math.multiplyExact(yuan, 100L);
        } catch (ArithmeticException e) {
            throw new RuleViolation("月薪数字太大,请按元填写。");
        }
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public WorkArea getWorkArea() {
        return workArea;
    }

    public void setWorkArea(WorkArea workArea) {
        this.workArea = workArea;
    }

    public String getWorkPlace() {
        return workPlace;
    }

    public void setWorkPlace(String workPlace) {
        this.workPlace = workPlace;
    }

    public Long getWageMinYuan() {
        return wageMinYuan;
    }

    public void setWageMinYuan(Long wageMinYuan) {
        this.wageMinYuan = wageMinYuan;
    }

    public Long getWageMaxYuan() {
        return wageMaxYuan;
    }

    public void setWageMaxYuan(Long wageMaxYuan) {
        this.wageMaxYuan = wageMaxYuan;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getFoodLodging() {
        return foodLodging;
    }

    public void setFoodLodging(String foodLodging) {
        this.foodLodging = foodLodging;
    }

    public String getSocialInsurance() {
        return socialInsurance;
    }

    public void setSocialInsurance(String socialInsurance) {
        this.socialInsurance = socialInsurance;
    }

    public Integer getAgeMin() {
        return ageMin;
    }

    public void setAgeMin(Integer ageMin) {
        this.ageMin = ageMin;
    }

    public Integer getAgeMax() {
        return ageMax;
    }

    public void setAgeMax(Integer ageMax) {
        this.ageMax = ageMax;
    }

    public String getHealthRequirement() {
        return healthRequirement;
    }

    public void setHealthRequirement(String healthRequirement) {
        this.healthRequirement = healthRequirement;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public boolean isTrainingRequired() {
        return trainingRequired;
    }

    public void setTrainingRequired(boolean trainingRequired) {
        this.trainingRequired = trainingRequired;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
