package cn.laowu.core.application;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** One worker's application to one job (unique), and where it stands in the pipeline. */
@TableName("job_application")
public class JobApplication {

    @TableId(type = IdType.AUTO)
    private Long id;
    
    private Long jobId;
    private Long workerId;
    /** The worker's home region, kept beside the record so the year's counts need not join every worker (V75). */
    private String homeRegionPath;
    private ApplicationStatus status;
    private Boolean holdsPlace;
    private String channel;
    private String reason;
    private Long brokerId;
    private Long batchId;
    private LocalDateTime placedAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    /** China wall-clock time of the 资格审查/体检 appointment (see V20), with its place and what to bring. */
    private LocalDateTime appointmentAt;
    private String appointmentPlace;
    private String appointmentBring;
    private ScreeningResult screeningResult;

    /** The appointment of the stage the application is in, if the office has set one. */
    public Appointment appointment() {
        return appointmentAt == null ? null : new Appointment(appointmentAt, appointmentPlace, appointmentBring);
    }

    public String getHomeRegionPath() {
        return homeRegionPath;
    }

    public void setHomeRegionPath(String homeRegionPath) {
        this.homeRegionPath = homeRegionPath;
    }

    public LocalDateTime getAppointmentAt() {
        return appointmentAt;
    }

    public void setAppointmentAt(LocalDateTime appointmentAt) {
        this.appointmentAt = appointmentAt;
    }

    public String getAppointmentPlace() {
        return appointmentPlace;
    }

    public void setAppointmentPlace(String appointmentPlace) {
        this.appointmentPlace = appointmentPlace;
    }

    public String getAppointmentBring() {
        return appointmentBring;
    }

    public void setAppointmentBring(String appointmentBring) {
        this.appointmentBring = appointmentBring;
    }

    public ScreeningResult getScreeningResult() {
        return screeningResult;
    }

    public void setScreeningResult(ScreeningResult screeningResult) {
        this.screeningResult = screeningResult;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getJobId() {
        return jobId;
    }

    public void setJobId(Long jobId) {
        this.jobId = jobId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public Boolean getHoldsPlace() {
        return holdsPlace;
    }

    public void setHoldsPlace(Boolean holdsPlace) {
        this.holdsPlace = holdsPlace;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDateTime getPlacedAt() {
        return placedAt;
    }

    public void setPlacedAt(LocalDateTime placedAt) {
        this.placedAt = placedAt;
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

    public Long getBrokerId() {
        return brokerId;
    }

    public void setBrokerId(Long brokerId) {
        this.brokerId = brokerId;
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }
}
