package cn.laowu.core.training;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** One session of a course (UTC times), with its check-in code and QR token and, while open, a roll call's. */
@TableName("training_session")
public class TrainingSession {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long courseId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String topic;
    private String checkInCode;
    private String qrToken;
    private String rollCallCode;
    private String rollCallToken;
    private LocalDateTime rollCallAt;
    private LocalDateTime rollCallUntil;

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

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getCheckInCode() {
        return checkInCode;
    }

    public void setCheckInCode(String checkInCode) {
        this.checkInCode = checkInCode;
    }

    public String getQrToken() {
        return qrToken;
    }

    public void setQrToken(String qrToken) {
        this.qrToken = qrToken;
    }

    public String getRollCallCode() {
        return rollCallCode;
    }

    public void setRollCallCode(String rollCallCode) {
        this.rollCallCode = rollCallCode;
    }

    public String getRollCallToken() {
        return rollCallToken;
    }

    public void setRollCallToken(String rollCallToken) {
        this.rollCallToken = rollCallToken;
    }

    public LocalDateTime getRollCallAt() {
        return rollCallAt;
    }

    public void setRollCallAt(LocalDateTime rollCallAt) {
        this.rollCallAt = rollCallAt;
    }

    public LocalDateTime getRollCallUntil() {
        return rollCallUntil;
    }

    public void setRollCallUntil(LocalDateTime rollCallUntil) {
        this.rollCallUntil = rollCallUntil;
    }
}
