package cn.laowu.core.complaint;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What complaints, their settings and 人工咨询 write to the 操作日志. */
@Component
class ComplaintAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("complaint", "投诉")
                .action("ACCEPT", "受理投诉")
                .action("ANSWER", "答复")
                .action("ASSIGN", "指派经办人")
                .action("TRANSFER", "转办")
                .action("ESCALATE", "超期上报上级")
                .action("REQUEST_INFO", "请投诉人补充")
                .action("CONCLUDE", "办结")
                .action("REVEAL_PHONE", "查看完整手机号")
                .action("VIEW_CASE_FILE", "查看或打印投诉档案")
                .owns("help_thread", "人工咨询")
                .action("HELP_REPLY", "人工回复")
                .owns("complaint_deadline", "投诉时限")
                .action("COMPLAINT_LIMITS", "修改投诉时限")
                .owns("complaint_route", "投诉去向")
                .action("COMPLAINT_ROUTE", "修改投诉去向")
                .on("employer")
                .action("CLEAR_EMPLOYER", "解除企业发布限制");
    }
}
