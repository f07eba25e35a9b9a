package cn.laowu.core.broker;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What brokers write to the 操作日志. */
@Component
class BrokerAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("broker", "经纪人")
                .action("CREATE", "新建")
                .action("ENABLE", "启用")
                .action("DISABLE", "停用")
                .action("ISSUE_BINDING_CODE", "生成绑定码")
                .action("BIND_WECHAT", "绑定微信");
    }
}
