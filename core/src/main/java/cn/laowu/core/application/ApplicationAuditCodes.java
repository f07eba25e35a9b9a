package cn.laowu.core.application;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What applications write to the 操作日志: a meeting set, and people moved on a job (MOVE_ + the status). */
@Component
class ApplicationAuditCodes implements AuditCodes {

    /** The prefix of a move's code: MOVE_PLACED reads 办理为已上岗. */
    static final String MOVE = "MOVE_";

    @Override
    public AuditVocabulary vocabulary() {
        AuditVocabulary codes = new AuditVocabulary()
                .owns("application", "报名")
                .action("SCHEDULE", "安排时间地点")
                .on("job");
        for (ApplicationStatus status : ApplicationStatus.values()) {
            codes.action(MOVE + status.name(), "办理为" + status.label());
        }
        return codes;
    }
}
