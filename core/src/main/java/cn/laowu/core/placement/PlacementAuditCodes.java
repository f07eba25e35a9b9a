package cn.laowu.core.placement;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What dispatch batches and 回访 write to the 操作日志. */
@Component
class PlacementAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("dispatch_batch", "输送批次")
                .action("CREATE", "新建")
                .on("worker")
                .action("FOLLOW_UP", "跟踪回访");
    }
}
