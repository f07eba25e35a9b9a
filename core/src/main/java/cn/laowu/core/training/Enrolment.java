package cn.laowu.core.training;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A worker on a course: enrolled, waiting, cancelled, then 结业 or 未结业 with a certificate. */
@TableName("training_enrolment")
public class Enrolment {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long courseId;
    private Long workerId;
    private EnrolmentStatus status;
    private Boolean holdsSeat;
    private String channel;
    private String resultNote;
    private LocalDate completedOn;
    private CertificateLevel certificateLevel;
    private String certificateSerial;
    private LocalDate certificateIssuedOn;
    private String certificateIssuer;
    private String overrideReason;
    private String overrideBy;
    private LocalDateTime eveRemindedAt;
    private LocalDateTime morningRemindedAt;
    private LocalDateTime movedToJobAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public void setStatus(EnrolmentStatus status) {
        this.status = status;
    }

    public Boolean getHoldsSeat() {
        return holdsSeat;
    }

    public void setHoldsSeat(Boolean holdsSeat) {
        this.holdsSeat = holdsSeat;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getResultNote() {
        return resultNote;
    }

    public void setResultNote(String resultNote) {
        this.resultNote = resultNote;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public CertificateLevel getCertificateLevel() {
        return certificateLevel;
    }

    public void setCertificateLevel(CertificateLevel certificateLevel) {
        this.certificateLevel = certificateLevel;
    }

    public String getCertificateSerial() {
        return certificateSerial;
    }

    public void setCertificateSerial(String certificateSerial) {
        this.certificateSerial = certificateSerial;
    }

    public LocalDate getCertificateIssuedOn() {
        return certificateIssuedOn;
    }

    public void setCertificateIssuedOn(LocalDate certificateIssuedOn) {
        this.certificateIssuedOn = certificateIssuedOn;
    }

    public LocalDateTime getEveRemindedAt() {
        return eveRemindedAt;
    }

    public void setEveRemindedAt(LocalDateTime eveRemindedAt) {
        this.eveRemindedAt = eveRemindedAt;
    }

    public LocalDateTime getMorningRemindedAt() {
        return morningRemindedAt;
    }

    public void setMorningRemindedAt(LocalDateTime morningRemindedAt) {
        this.morningRemindedAt = morningRemindedAt;
    }

    public LocalDateTime getMovedToJobAt() {
        return movedToJobAt;
    }

    public void setMovedToJobAt(LocalDateTime movedToJobAt) {
        this.movedToJobAt = movedToJobAt;
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

    public String getCertificateIssuer() {
        return certificateIssuer;
    }

    public void setCertificateIssuer(String certificateIssuer) {
        this.certificateIssuer = certificateIssuer;
    }

    /** A county's written reason for recording 结业 against the results rule; null when none was needed. */
    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    public void setOverrideBy(String overrideBy) {
        this.overrideBy = overrideBy;
    }
}
