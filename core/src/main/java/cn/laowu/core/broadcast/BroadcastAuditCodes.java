package cn.laowu.core.broadcast;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What pushes write to the 操作日志, and a job's automatic notice switched on or off. */
@Component
class BroadcastAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("broadcast", "推送")
                .action("CREATE", "新建")
                .action("APPROVE", "批准推送")
                .action("HOLD_FOR_APPROVAL", "发送时人数超过审批线,待审批")
                .action("CANCEL", "撤回推送")
                .on("job")
                .action("AUTO_NOTICE_ON", "开启新岗位自动推送")
                .action("AUTO_NOTICE_OFF", "关闭新岗位自动推送");
    }
}
