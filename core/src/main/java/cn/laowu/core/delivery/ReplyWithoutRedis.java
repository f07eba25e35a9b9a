package cn.laowu.core.delivery;

import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A reply given while Redis was away; see {@link RepliesWithoutRedis}. */
@TableName("wx_reply_without_redis")
public class ReplyWithoutRedis {

    @TableId
    private String deliveryHash;
    private String replyCipher;
    private LocalDateTime createdAt;

    public String getDeliveryHash() {
        return deliveryHash;
    }

    public void setDeliveryHash(String deliveryHash) {
        this.deliveryHash = deliveryHash;
    }

    public String getReplyCipher() {
        return replyCipher;
    }

    public void setReplyCipher(String replyCipher) {
        this.replyCipher = replyCipher;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
