package cn.laowu.core.allowance;

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

    @TableId(type = IdType.AUTO)
    private Long id;
    private String regionCode;
    private String regionPath;
    private String occupation;
    private CertificateLevel level;
    private Long amountFen;
    private Boolean certificateRequired;
    private String basis;
    private String updatedBy;
    private LocalDateTime updatedAt;

    public boolean anyOccupation() {
        return ANY.equals(occupation);
    }

    /** 电焊工初级, 各工种中级 */
    public String label() {
        return (anyOccupation() ? "各工种" : occupation) + level.label();
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
