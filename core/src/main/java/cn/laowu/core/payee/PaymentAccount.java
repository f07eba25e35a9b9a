package cn.laowu.core.payee;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/** A worker's account for allowances; the number only sealed and masked (V55). */
@TableName("payment_account")
public class PaymentAccount {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long workerId;
    private AccountKind kind;
    private String bankName;
    private String numberCipher;
    private String numberMasked;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

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

    public AccountKind getKind() {
        return kind;
    }

    public void setKind(AccountKind kind) {
        this.kind = kind;
    }

    public String getBankName() {
        return bankName;
    }

    public void setBankName(String bankName) {
        this.bankName = bankName;
    }

    public String getNumberCipher() {
        return numberCipher;
    }

    public void setNumberCipher(String numberCipher) {
        this.numberCipher = numberCipher;
    }

    public String getNumberMasked() {
        return numberMasked;
    }

    public void setNumberMasked(String numberMasked) {
        this.numberMasked = numberMasked;
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

    /** Never the number, not even sealed: this is what ends up in logs when an entity is printed. */
    @Override
    public String toString() {
        return "PaymentAccount[" + kind + " " + bankName + " " + numberMasked + "]";
    }
}
