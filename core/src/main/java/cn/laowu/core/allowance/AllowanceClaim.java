package cn.laowu.core.allowance;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One claim of one allowance for one qualifying event, and where it stands in review, 公示 and payment. */
@TableName("allowance_claim")
public class AllowanceClaim {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long policyId;
    private Claimant claimantType;
    private Long claimantId;
    private Long workerId;
    private Long applicationId;
    private String eventKey;
    private String regionPath;
    private Long amountFen;
    private Long costFen;
    private String detail;
    private String origin;
    private ClaimStatus status;
    private String evidenceRequest;
    private String reason;
    private String townshipBy;
    private LocalDateTime townshipAt;
    private String countyBy;
    private LocalDateTime countyAt;
    private LocalDate noticeUntil;
    private Long batchId;
    private LocalDateTime paidAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public void setPolicyId(Long policyId) {
        this.policyId = policyId;
    }

    public Claimant getClaimantType() {
        return claimantType;
    }

    public void setClaimantType(Claimant claimantType) {
        this.claimantType = claimantType;
    }

    public Long getClaimantId() {
        return claimantId;
    }

    public void setClaimantId(Long claimantId) {
        this.claimantId = claimantId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public String getEventKey() {
        return eventKey;
    }

    public void setEventKey(String eventKey) {
        this.eventKey = eventKey;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public void setRegionPath(String regionPath) {
        this.regionPath = regionPath;
    }

    public Long getAmountFen() {
        return amountFen;
    }

    public void setAmountFen(Long amountFen) {
        this.amountFen = amountFen;
    }

    public Long getCostFen() {
        return costFen;
    }

    public void setCostFen(Long costFen) {
        this.costFen = costFen;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public String getEvidenceRequest() {
        return evidenceRequest;
    }

    public void setEvidenceRequest(String evidenceRequest) {
        this.evidenceRequest = evidenceRequest;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTownshipBy() {
        return townshipBy;
    }

    public void setTownshipBy(String townshipBy) {
        this.townshipBy = townshipBy;
    }

    public LocalDateTime getTownshipAt() {
        return townshipAt;
    }

    public void setTownshipAt(LocalDateTime townshipAt) {
        this.townshipAt = townshipAt;
    }

    public String getCountyBy() {
        return countyBy;
    }

    public void setCountyBy(String countyBy) {
        this.countyBy = countyBy;
    }

    public LocalDateTime getCountyAt() {
        return countyAt;
    }

    public void setCountyAt(LocalDateTime countyAt) {
        this.countyAt = countyAt;
    }

    public LocalDate getNoticeUntil() {
        return noticeUntil;
    }

    public void setNoticeUntil(LocalDate noticeUntil) {
        this.noticeUntil = noticeUntil;
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public LocalDateTime getPaidAt() {
        return paidAt;
    }

    public void setPaidAt(LocalDateTime paidAt) {
        this.paidAt = paidAt;
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
