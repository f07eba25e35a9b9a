package cn.laowu.core.job;

import cn.laowu.core.worker.WorkArea;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A job offered through the office. Money in fen. */
@TableName("job")
public class Job {

    @TableId(type = IdType.AUTO)
    private Long id;
    
    private Long employerId;
    private String title;
    private String industry;
    private WorkArea workArea;
    private String workPlace;
    private Long wageMinFen;
    private Long wageMaxFen;
    private String hours;
    private String foodLodging;
    private String socialInsurance;
    private Integer ageMin;
    private Integer ageMax;
    private String healthRequirement;
    private Integer headcount;
    private Integer filled;
    private Boolean trainingRequired;
    private JobStatus status;
    private String ownerRegionPath;
    private String searchText;
    private LocalDateTime publishedAt;
    private LocalDate endsOn;
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

    public int placesLeft() {
        return Math.max(0, headcount - filled);
    }

    public boolean isOpenOn(LocalDate day) {
        return status == JobStatus.PUBLISHED && (endsOn == null || !endsOn.isBefore(day));
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

    public Long getWageMinFen() {
        return wageMinFen;
    }

    public void setWageMinFen(Long wageMinFen) {
        this.wageMinFen = wageMinFen;
    }

    public Long getWageMaxFen() {
        return wageMaxFen;
    }

    public void setWageMaxFen(Long wageMaxFen) {
        this.wageMaxFen = wageMaxFen;
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

    public Integer getFilled() {
        return filled;
    }

    public void setFilled(Integer filled) {
        this.filled = filled;
    }

    public Boolean getTrainingRequired() {
        return trainingRequired;
    }

    public void setTrainingRequired(Boolean trainingRequired) {
        this.trainingRequired = trainingRequired;
    }

    public JobStatus getStatus() {
        return status;
    }

    public void setStatus(JobStatus status) {
        this.status = status;
    }

    public String getOwnerRegionPath() {
        return ownerRegionPath;
    }

    public void setOwnerRegionPath(String ownerRegionPath) {
        this.ownerRegionPath = ownerRegionPath;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
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
