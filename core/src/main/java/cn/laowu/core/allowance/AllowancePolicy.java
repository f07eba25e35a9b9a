package cn.laowu.core.allowance;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One allowance as a region sets it: who qualifies, how much, what evidence, how often, when. */
@TableName("allowance_policy")
public class AllowancePolicy {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String regionCode;
    private String regionPath;
    private String code;
    private String name;
    private Qualification qualification;
    private Computation computation;
    private Long amountFen;
    private Long capOutProvinceFen;
    private Long capInProvinceFen;
    private Long capInPrefectureFen;
    private String evidence;
    private Frequency frequency;
    private Integer minMonths;
    private Integer noticeDays;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Boolean enabled;
    private String basis;
    private LocalDateTime updatedAt;

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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public void setQualification(Qualification qualification) {
        this.qualification = qualification;
    }

    public Computation getComputation() {
        return computation;
    }

    public void setComputation(Computation computation) {
        this.computation = computation;
    }

    public Long getAmountFen() {
        return amountFen;
    }

    public void setAmountFen(Long amountFen) {
        this.amountFen = amountFen;
    }

    public Long getCapOutProvinceFen() {
        return capOutProvinceFen;
    }

    public void setCapOutProvinceFen(Long capOutProvinceFen) {
        this.capOutProvinceFen = capOutProvinceFen;
    }

    public Long getCapInProvinceFen() {
        return capInProvinceFen;
    }

    public void setCapInProvinceFen(Long capInProvinceFen) {
        this.capInProvinceFen = capInProvinceFen;
    }

    public Long getCapInPrefectureFen() {
        return capInPrefectureFen;
    }

    public void setCapInPrefectureFen(Long capInPrefectureFen) {
        this.capInPrefectureFen = capInPrefectureFen;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public Integer getMinMonths() {
        return minMonths;
    }

    public void setMinMonths(Integer minMonths) {
        this.minMonths = minMonths;
    }

    public Integer getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(Integer noticeDays) {
        this.noticeDays = noticeDays;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

}
