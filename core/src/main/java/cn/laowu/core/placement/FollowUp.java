package cn.laowu.core.placement;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One 跟踪服务 follow-up of a placement, due some months after 上岗; recorded once. */
@TableName("follow_up")
public class FollowUp {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long applicationId;
    private Long workerId;
    private String regionPath;
    private Integer monthNo;
    private LocalDate dueOn;
    private LocalDateTime remindedAt;
    private Boolean reminderDelivered;
    private LocalDateTime recordedAt;
    private String recordedBy;
    private Boolean stillEmployed;
    private Long monthlyWageFen;
    private Satisfaction satisfaction;
    private String note;
    /** The labour contract's term in months as stated at this follow-up; 0: none signed; null: not asked. */
    private Integer contractMonths;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public void setRegionPath(String regionPath) {
        this.regionPath = regionPath;
    }

    public Integer getMonthNo() {
        return monthNo;
    }

    public void setMonthNo(Integer monthNo) {
        this.monthNo = monthNo;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDateTime getRemindedAt() {
        return remindedAt;
    }

    public void setRemindedAt(LocalDateTime remindedAt) {
        this.remindedAt = remindedAt;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    public Boolean getStillEmployed() {
        return stillEmployed;
    }

    public void setStillEmployed(Boolean stillEmployed) {
        this.stillEmployed = stillEmployed;
    }

    public Long getMonthlyWageFen() {
        return monthlyWageFen;
    }

    public void setMonthlyWageFen(Long monthlyWageFen) {
        this.monthlyWageFen = monthlyWageFen;
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Boolean getReminderDelivered() {
        return reminderDelivered;
    }

    public void setReminderDelivered(Boolean reminderDelivered) {
        this.reminderDelivered = reminderDelivered;
    }

    public Integer getContractMonths() {
        return contractMonths;
    }

    public void setContractMonths(Integer contractMonths) {
        this.contractMonths = contractMonths;
    }
}
