package cn.laowu.core.follower;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A WeChat user following one of the platform's official accounts (appid + openid). */
@TableName("wx_follower")
public class Follower {

    @TableId(type = IdType.AUTO)
    private Long id;
    
    private String appid;
    private String openid;
    private Boolean subscribed;
    private LocalDateTime firstSubscribedAt;
    private LocalDateTime subscribedAt;
    private LocalDateTime unsubscribedAt;
    private String subscribeScene;
    private Long workerId;
    private Long brokerId;
    private LocalDateTime brokerAttributedAt;
    private LocalDateTime lastInboundAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public Boolean getSubscribed() {
        return subscribed;
    }

    public void setSubscribed(Boolean subscribed) {
        this.subscribed = subscribed;
    }

    public LocalDateTime getFirstSubscribedAt() {
        return firstSubscribedAt;
    }

    public void setFirstSubscribedAt(LocalDateTime firstSubscribedAt) {
        this.firstSubscribedAt = firstSubscribedAt;
    }

    public LocalDateTime getSubscribedAt() {
        return subscribedAt;
    }

    public void setSubscribedAt(LocalDateTime subscribedAt) {
        this.subscribedAt = subscribedAt;
    }

    public LocalDateTime getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public void setUnsubscribedAt(LocalDateTime unsubscribedAt) {
        this.unsubscribedAt = unsubscribedAt;
    }

    public String getSubscribeScene() {
        return subscribeScene;
    }

    public void setSubscribeScene(String subscribeScene) {
        this.subscribeScene = subscribeScene;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
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

    public LocalDateTime getBrokerAttributedAt() {
        return brokerAttributedAt;
    }

    public void setBrokerAttributedAt(LocalDateTime brokerAttributedAt) {
        this.brokerAttributedAt = brokerAttributedAt;
    }

    public LocalDateTime getLastInboundAt() {
        return lastInboundAt;
    }

    public void setLastInboundAt(LocalDateTime lastInboundAt) {
        this.lastInboundAt = lastInboundAt;
    }
}
