package cn.laowu.core.progress;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What the monthly 调度 writes to the 操作日志. */
@Component
class ProgressAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("dispatch_snapshot", "月度调度")
                .action("TAKE_SNAPSHOT", "生成月度调度");
    }
}
