package cn.laowu.core.training;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

import java.time.LocalDateTime;

/**
 * A region's training results rule (V32): the least attendance for 结业, in percent of the course's
 * sessions, when 结业 may be recorded, and whether a certificate must name its issuer.
 */
@TableName("training_result_rule")
public class ResultRule {

    /** 结业 may be recorded once the course's last session has ended, or only from its end date on. */
    public enum CompletionAfter {
        LAST_SESSION("最后一次课结束后"),
        END_DATE("课程结束日期起");

        private final String label;

        CompletionAfter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What applies where no region set a row: 80% (001 (十一) ties subsidies to results), after the last session. */
    public static ResultRule defaults() {
        ResultRule rule = new ResultRule();
        rule.setRegionCode("");
        rule.setRegionPath("/");
        rule.setMinAttendancePercent(80);
        rule.setCompletionAfter(CompletionAfter.LAST_SESSION);
        rule.setIssuerRequired(true);
        rule.setBasis("平台默认:出勤不少于80%,最后一次课后结业");
        return rule;
    }

    @TableId(type = IdType.INPUT)
    private String regionCode;
    private String regionPath;
    private Integer minAttendancePercent;
    private CompletionAfter completionAfter;
    private Boolean issuerRequired;
    private String basis;
    private String updatedBy;
    private LocalDateTime updatedAt;

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

    public Integer getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public void setMinAttendancePercent(Integer minAttendancePercent) {
        this.minAttendancePercent = minAttendancePercent;
    }

    public CompletionAfter getCompletionAfter() {
        return completionAfter;
    }

    public void setCompletionAfter(CompletionAfter completionAfter) {
        this.completionAfter = completionAfter;
    }

    public Boolean getIssuerRequired() {
        return issuerRequired;
    }

    public void setIssuerRequired(Boolean issuerRequired) {
        this.issuerRequired = issuerRequired;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
