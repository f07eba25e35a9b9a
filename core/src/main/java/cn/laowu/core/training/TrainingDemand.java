package cn.laowu.core.training;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A worker's wish to learn a trade no course offered when asked (以需定训); region is the worker's home. */
@TableName("training_demand")
public class TrainingDemand {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long workerId;
    private String trade;
    private String regionCode;
    private String regionPath;
    private String said;
    private LocalDateTime askedAt;
    private Long notifiedCourseId;
    private LocalDateTime notifiedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public String getTrade() {
        return trade;
    }

    public void setTrade(String trade) {
        this.trade = trade;
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

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }

    public LocalDateTime getAskedAt() {
        return askedAt;
    }

    public void setAskedAt(LocalDateTime askedAt) {
        this.askedAt = askedAt;
    }

    public Long getNotifiedCourseId() {
        return notifiedCourseId;
    }

    public void setNotifiedCourseId(Long notifiedCourseId) {
        this.notifiedCourseId = notifiedCourseId;
    }

    public LocalDateTime getNotifiedAt() {
        return notifiedAt;
    }

    public void setNotifiedAt(LocalDateTime notifiedAt) {
        this.notifiedAt = notifiedAt;
    }
}
