package cn.laowu.core.complaint;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** One message of a help thread: from the worker ({@code fromStaff} null) or from a clerk. */
@TableName("help_message")
public class HelpMessage {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long threadId;
    private String fromStaff;
    private String text;
    /** A clerk's message the worker has seen in the chat (or that was delivered). */
    private Boolean seen;
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public void setThreadId(Long threadId) {
        this.threadId = threadId;
    }

    public String getFromStaff() {
        return fromStaff;
    }

    public void setFromStaff(String fromStaff) {
        this.fromStaff = fromStaff;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Boolean getSeen() {
        return seen;
    }

    public void setSeen(Boolean seen) {
        this.seen = seen;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
