package cn.laowu.core.payee;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What payment accounts write to the 操作日志. */
@Component
class PayeeAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("payment_account", "收款账户")
                .action("PAYMENT_ACCOUNT", "本人登记收款账户");
    }
}
