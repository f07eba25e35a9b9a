package cn.laowu.core.worker;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What the 劳动力台账 writes to the 操作日志 (the console's export included). */
@Component
class WorkerAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("worker", "劳动力")
                .action("CREATE", "新建")
                .action("IMPORT", "导入台账")
                .action("UPDATE", "修改")
                .action("UPDATE_WISHES", "本人修改求职意向")
                .action("SELF_CORRECT", "本人更正信息")
                .action("REVEAL_PHONE", "查看完整手机号")
                .action("CONFIRM", "复核信息")
                .action("EXPORT_FULL", "导出完整台账")
                .action("EXPORT_MASKED", "导出台账(脱敏)");
    }
}
