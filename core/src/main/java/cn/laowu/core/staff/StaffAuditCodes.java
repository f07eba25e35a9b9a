package cn.laowu.core.staff;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What console accounts write to the 操作日志. */
@Component
class StaffAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("staff", "账号")
                .action("CREATE", "新建")
                .action("LOCK_OUT", "锁定账号")
                .action("CHANGE_PASSWORD", "修改密码")
                .action("RESET_PASSWORD", "重置密码")
                .action("ENABLE", "启用")
                .action("DISABLE", "停用")
                .action("ISSUE_STAFF_WECHAT_CODE", "生成微信绑定码")
                .action("BIND_STAFF_WECHAT", "绑定微信")
                .action("UNBIND_STAFF_WECHAT", "解除微信绑定");
    }
}
