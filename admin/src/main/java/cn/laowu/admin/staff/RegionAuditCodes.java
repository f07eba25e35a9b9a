package cn.laowu.admin.staff;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/**
 * What the console writes to the 操作日志 about regions (a new one, its office phone). Declared here, not in
 * core/region: the audit log reads regions, so a region package reading the audit would be a cycle.
 */
@Component
class RegionAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("region", "区划")
                .action("CREATE", "新建")
                .action("UPDATE", "修改");
    }
}
