package cn.laowu.core.complaint;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;

import java.time.LocalDateTime;

/** A complaint's case file (one row; what happened to it is in {@link HistoryEntry}). */
@TableName("complaint")
public class Complaint {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String caseNo;
    private ComplaintKind kind;
    private Boolean urgent;
    private String urgentReason;
    private ComplaintStatus status;
    private Long workerId;
    private String appid;
    private String openid;
    private String complainantName;
    private String phoneCipher;
    private String phoneMasked;
    private String employerName;
    private String employerKey;
    private Long employerId;
    private String workPlace;
    private String sinceText;
    private Long amountFen;
    private Integer workersAffected;
    private String description;
    private String originRegionPath;
    private String ownerRegionCode;
    private String ownerRegionPath;
    private Integer escalations;
    private String assignee;
    private Stage stage;
    private LocalDateTime dueAt;
    private LocalDateTime warnAt;
    private Boolean warned;
    private LocalDateTime acceptDue;
    private LocalDateTime answerDue;
    private LocalDateTime concludeDue;
    private LocalDateTime acceptedAt;
    private LocalDateTime firstAnswerAt;
    private LocalDateTime concludedAt;
    private LocalDateTime closedAt;
    private LocalDateTime pausedAt;
    private Conclusion conclusion;
    private Long recoveredFen;
    private Integer workersHelped;
    private java.time.LocalDate followUpOn;
    private Boolean satisfied;
    private Boolean acceptLate;
    private Boolean answerLate;
    private Boolean concludeLate;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;

    public boolean isOverdue(LocalDateTime now) {
        return dueAt != null && !dueAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public void setCaseNo(String caseNo) {
        this.caseNo = caseNo;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public Boolean getUrgent() {
        return urgent;
    }

    public void setUrgent(Boolean urgent) {
        this.urgent = urgent;
    }

    public String getUrgentReason() {
        return urgentReason;
    }

    public void setUrgentReason(String urgentReason) {
        this.urgentReason = urgentReason;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public String getAppid() {
        return appid;
    }

    public void setAppid(String appid) {
        this.appid = appid;
    }

    public String getOpenid() {
        return openid;
    }

    public void setOpenid(String openid) {
        this.openid = openid;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public void setComplainantName(String complainantName) {
        this.complainantName = complainantName;
    }

    public String getPhoneCipher() {
        return phoneCipher;
    }

    public void setPhoneCipher(String phoneCipher) {
        this.phoneCipher = phoneCipher;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public void setPhoneMasked(String phoneMasked) {
        this.phoneMasked = phoneMasked;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public String getEmployerKey() {
        return employerKey;
    }

    public void setEmployerKey(String employerKey) {
        this.employerKey = employerKey;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public String getWorkPlace() {
        return workPlace;
    }

    public void setWorkPlace(String workPlace) {
        this.workPlace = workPlace;
    }

    public String getSinceText() {
        return sinceText;
    }

    public void setSinceText(String sinceText) {
        this.sinceText = sinceText;
    }

    public Long getAmountFen() {
        return amountFen;
    }

    public void setAmountFen(Long amountFen) {
        this.amountFen = amountFen;
    }

    public Integer getWorkersAffected() {
        return workersAffected;
    }

    public void setWorkersAffected(Integer workersAffected) {
        this.workersAffected = workersAffected;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOriginRegionPath() {
        return originRegionPath;
    }

    public void setOriginRegionPath(String originRegionPath) {
        this.originRegionPath = originRegionPath;
    }

    public String getOwnerRegionCode() {
        return ownerRegionCode;
    }

    public void setOwnerRegionCode(String ownerRegionCode) {
        this.ownerRegionCode = ownerRegionCode;
    }

    public String getOwnerRegionPath() {
        return ownerRegionPath;
    }

    public void setOwnerRegionPath(String ownerRegionPath) {
        this.ownerRegionPath = ownerRegionPath;
    }

    public Integer getEscalations() {
        return escalations;
    }

    public void setEscalations(Integer escalations) {
        this.escalations = escalations;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public LocalDateTime getWarnAt() {
        return warnAt;
    }

    public void setWarnAt(LocalDateTime warnAt) {
        this.warnAt = warnAt;
    }

    public Boolean getWarned() {
        return warned;
    }

    public void setWarned(Boolean warned) {
        this.warned = warned;
    }

    public LocalDateTime getAcceptDue() {
        return acceptDue;
    }

    public void setAcceptDue(LocalDateTime acceptDue) {
        this.acceptDue = acceptDue;
    }

    public LocalDateTime getAnswerDue() {
        return answerDue;
    }

    public void setAnswerDue(LocalDateTime answerDue) {
        this.answerDue = answerDue;
    }

    public LocalDateTime getConcludeDue() {
        return concludeDue;
    }

    public void setConcludeDue(LocalDateTime concludeDue) {
        this.concludeDue = concludeDue;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public void setAcceptedAt(LocalDateTime acceptedAt) {
        this.acceptedAt = acceptedAt;
    }

    public LocalDateTime getFirstAnswerAt() {
        return firstAnswerAt;
    }

    public void setFirstAnswerAt(LocalDateTime firstAnswerAt) {
        this.firstAnswerAt = firstAnswerAt;
    }

    public LocalDateTime getConcludedAt() {
        return concludedAt;
    }

    public void setConcludedAt(LocalDateTime concludedAt) {
        this.concludedAt = concludedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(LocalDateTime closedAt) {
        this.closedAt = closedAt;
    }

    public LocalDateTime getPausedAt() {
        return pausedAt;
    }

    public void setPausedAt(LocalDateTime pausedAt) {
        this.pausedAt = pausedAt;
    }

    public Conclusion getConclusion() {
        return conclusion;
    }

    public void setConclusion(Conclusion conclusion) {
        this.conclusion = conclusion;
    }

    public Long getRecoveredFen() {
        return recoveredFen;
    }

    public void setRecoveredFen(Long recoveredFen) {
        this.recoveredFen = recoveredFen;
    }

    public Integer getWorkersHelped() {
        return workersHelped;
    }

    public void setWorkersHelped(Integer workersHelped) {
        this.workersHelped = workersHelped;
    }

    public Boolean getAcceptLate() {
        return acceptLate;
    }

    public void setAcceptLate(Boolean acceptLate) {
        this.acceptLate = acceptLate;
    }

    public Boolean getAnswerLate() {
        return answerLate;
    }

    public void setAnswerLate(Boolean answerLate) {
        this.answerLate = answerLate;
    }

    public Boolean getConcludeLate() {
        return concludeLate;
    }

    public void setConcludeLate(Boolean concludeLate) {
        this.concludeLate = concludeLate;
    }

    public Boolean getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(Boolean satisfied) {
        this.satisfied = satisfied;
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

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public java.time.LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(java.time.LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }
}
