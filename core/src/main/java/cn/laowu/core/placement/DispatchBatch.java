package cn.laowu.core.placement;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A 集中输送 group: a job's workers who leave together, on one day, led by one escort. */
@TableName("dispatch_batch")
public class DispatchBatch {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long jobId;
    private LocalDate departOn;
    private String meetingPoint;
    private String escort;
    private String destination;
    private String createdBy;
    private LocalDateTime createdAt;

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

    public LocalDate getDepartOn() {
        return departOn;
    }

    public void setDepartOn(LocalDate departOn) {
        this.departOn = departOn;
    }

    public String getMeetingPoint() {
        return meetingPoint;
    }

    public void setMeetingPoint(String meetingPoint) {
        this.meetingPoint = meetingPoint;
    }

    public String getEscort() {
        return escort;
    }

    public void setEscort(String escort) {
        this.escort = escort;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
