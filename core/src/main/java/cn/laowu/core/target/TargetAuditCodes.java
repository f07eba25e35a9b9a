package cn.laowu.core.target;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What targets and their indicators write to the 操作日志. */
@Component
class TargetAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("target_book", "目标责任书")
                .action("SET_TARGETS", "下达目标")
                .action("CONFIRM_TARGETS", "签订目标责任书")
                .owns("target_indicator", "考核指标")
                .action("EDIT_INDICATOR", "修改指标口径")
                .action("ADD_INDICATOR", "新增考核指标")
                .action("RETIRE_INDICATOR", "停用考核指标")
                .action("RESTORE_INDICATOR", "恢复考核指标")
                .action("DELETE_INDICATOR", "删除考核指标")
                .action("VIEW_RECORDS", "查看指标背后的记录");
    }
}
