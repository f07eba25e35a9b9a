package cn.laowu.core.broadcast;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** A notice to many workers: what it says, to whom, when, and how far it got. */
@TableName("broadcast")
public class Broadcast {

    @TableId(type = IdType.AUTO)
    private Long id;
    private BroadcastKind kind;
    private String title;
    private String body;
    private String jobIds;
    private String ownerRegionPath;
    private String audienceRegionPath;
    private Boolean povertyOnly;
    private Registered registered;
    private Boolean matchWishes;
    private BroadcastStatus status;
    private LocalDateTime sendAt;
    private Integer audienceSize;
    private Integer queuedCount;
    private Boolean automatic;
    private String createdBy;
    private String approvedBy;
    private LocalDateTime createdAt;
    private LocalDateTime queuedAt;
    private LocalDateTime cancelledAt;
    private String audienceNarrowing;
    private LocalDateTime finishedAt;
    private Integer reachedCount;
    private Integer failedCount;

    /** Deliveries of a broadcast have the source {@code broadcast:{id}}. */
    public static final String SOURCE_PREFIX = "broadcast:";

    /** The outbox source of its deliveries. */
    public String source() {
        return SOURCE_PREFIX + id;
    }

    public List<Long> jobIdList() {
        return jobIds == null || jobIds.isBlank() ? List.of()
                : Arrays.stream(jobIds.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public BroadcastKind getKind() { return kind; }
    public void setKind(BroadcastKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getJobIds() { return jobIds; }
    public void setJobIds(String jobIds) { this.jobIds = jobIds; }
    public String getOwnerRegionPath() { return ownerRegionPath; }
    public void setOwnerRegionPath(String ownerRegionPath) { this.ownerRegionPath = ownerRegionPath; }
    public String getAudienceRegionPath() { return audienceRegionPath; }
    public void setAudienceRegionPath(String audienceRegionPath) { this.audienceRegionPath = audienceRegionPath; }
    public Boolean getPovertyOnly() { return povertyOnly; }
    public void setPovertyOnly(Boolean povertyOnly) { this.povertyOnly = povertyOnly; }
    public Registered getRegistered() { return registered; }
    public void setRegistered(Registered registered) { this.registered = registered; }
    public Boolean getMatchWishes() { return matchWishes; }
    public void setMatchWishes(Boolean matchWishes) { this.matchWishes = matchWishes; }
    public BroadcastStatus getStatus() { return status; }
    public void setStatus(BroadcastStatus status) { this.status = status; }
    public LocalDateTime getSendAt() { return sendAt; }
    public void setSendAt(LocalDateTime sendAt) { this.sendAt = sendAt; }
    public Integer getAudienceSize() { return audienceSize; }
    public void setAudienceSize(Integer audienceSize) { this.audienceSize = audienceSize; }
    public Integer getQueuedCount() { return queuedCount; }
    public void setQueuedCount(Integer queuedCount) { this.queuedCount = queuedCount; }
    public Boolean getAutomatic() { return automatic; }
    public void setAutomatic(Boolean automatic) { this.automatic = automatic; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public String getApprovedBy() { return approvedBy; }
    public void setApprovedBy(String approvedBy) { this.approvedBy = approvedBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getQueuedAt() { return queuedAt; }
    public void setQueuedAt(LocalDateTime queuedAt) { this.queuedAt = queuedAt; }
    public LocalDateTime getCancelledAt() { return cancelledAt; }
    public void setCancelledAt(LocalDateTime cancelledAt) { this.cancelledAt = cancelledAt; }
    public String getAudienceNarrowing() { return audienceNarrowing; }
    public void setAudienceNarrowing(String audienceNarrowing) { this.audienceNarrowing = audienceNarrowing; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public void setFinishedAt(LocalDateTime finishedAt) { this.finishedAt = finishedAt; }
    public Integer getReachedCount() { return reachedCount; }
    public void setReachedCount(Integer reachedCount) { this.reachedCount = reachedCount; }
    public Integer getFailedCount() { return failedCount; }
    public void setFailedCount(Integer failedCount) { this.failedCount = failedCount; }
}
