package cn.laowu.core.allowance.training;

import cn.laowu.core.training.CertificateLevel;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/**
 * A region's training subsidy standard for one occupation and certificate level (docs/POLICY.md,
 * Training subsidy standards). Occupation {@link #ANY} is the region's default for all occupations.
 */
@TableName("training_subsidy_standard")
public class TrainingStandard {

    public static final String ANY = "*";
    /** 004 第十七条's rates, what a new row starts with (V17's column defaults say the same). */
    public static final int DEFAULT_POVERTY_PRE_EMPLOYMENT_PERCENT = 170;
    public static final int DEFAULT_SKILL_UPGRADE_PERCENT = 40;

    @TableId(type = IdType.AUTO)
    private Long id;
    private String regionCode;
    private String regionPath;
    private String occupation;
    private CertificateLevel level;
    private Long amountFen;
    private Boolean certificateRequired;
    private Integer povertyPreEmploymentPercent = DEFAULT_POVERTY_PRE_EMPLOYMENT_PERCENT;
    private Integer skillUpgradePercent = DEFAULT_SKILL_UPGRADE_PERCENT;
    private String basis;
    private SubsidyRecipient freeCourseRecipient = SubsidyRecipient.INSTITUTION;
    private SubsidyRecipient paidCourseRecipient = SubsidyRecipient.TRAINEE;
    private String updatedBy;
    private LocalDateTime updatedAt;

    public boolean anyOccupation() {
        return ANY.equals(occupation);
    }

    /** 电焊工初级, 各工种中级 */
    public String label() {
        return (anyOccupation() ? "各工种" : occupation) + level.label();
    }

    /** Who is paid for a course that is free to the trainee, or that the trainee paid for. */
    public SubsidyRecipient recipient(boolean freeCourse) {
        SubsidyRecipient r = freeCourse ? freeCourseRecipient : paidCourseRecipient;
        return r == null ? (freeCourse ? SubsidyRecipient.INSTITUTION : SubsidyRecipient.TRAINEE) : r;
    }

    public SubsidyRecipient getFreeCourseRecipient() {
        return freeCourseRecipient;
    }

    public void setFreeCourseRecipient(SubsidyRecipient freeCourseRecipient) {
        this.freeCourseRecipient = freeCourseRecipient;
    }

    public SubsidyRecipient getPaidCourseRecipient() {
        return paidCourseRecipient;
    }

    public void setPaidCourseRecipient(SubsidyRecipient paidCourseRecipient) {
        this.paidCourseRecipient = paidCourseRecipient;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public void setRegionPath(String regionPath) {
        this.regionPath = regionPath;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public CertificateLevel getLevel() {
        return level;
    }

    public void setLevel(CertificateLevel level) {
        this.level = level;
    }

    public Long getAmountFen() {
        return amountFen;
    }

    public void setAmountFen(Long amountFen) {
        this.amountFen = amountFen;
    }

    public Boolean getCertificateRequired() {
        return certificateRequired;
    }

    public void setCertificateRequired(Boolean certificateRequired) {
        this.certificateRequired = certificateRequired;
    }

    /** The share of the standard a 建档立卡 trainee on a pre-employment course earns, in percent. */
    public Integer getPovertyPreEmploymentPercent() {
        return povertyPreEmploymentPercent;
    }

    public void setPovertyPreEmploymentPercent(Integer povertyPreEmploymentPercent) {
        this.povertyPreEmploymentPercent = povertyPreEmploymentPercent;
    }

    /** The share of the standard a skill-upgrade course earns, in percent. */
    public Integer getSkillUpgradePercent() {
        return skillUpgradePercent;
    }

    public void setSkillUpgradePercent(Integer skillUpgradePercent) {
        this.skillUpgradePercent = skillUpgradePercent;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
