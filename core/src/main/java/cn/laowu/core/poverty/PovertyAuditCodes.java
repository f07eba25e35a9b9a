package cn.laowu.core.poverty;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What the 建档立卡 list writes to the 操作日志. */
@Component
class PovertyAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("poverty_list", "建档立卡名单")
                .action("IMPORT_POVERTY_LIST", "导入建档立卡名单");
    }
}
