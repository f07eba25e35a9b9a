package cn.laowu.core.outpost;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What outposts write to the 操作日志 (a phone look-up writes the worker feature's REVEAL_PHONE). */
@Component
class OutpostAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("outpost", "驻外机构")
                .action("CREATE", "新建")
                .action("SET_AREA", "设定驻外服务区域")
                .action("CLOSE", "关闭")
                .owns("cooperation_base", "劳务合作基地")
                .action("CREATE", "新建")
                .action("UPDATE", "修改")
                .action("BASE_VISIT", "走访合作基地")
                .owns("consultation", "会商")
                .action("CREATE", "新建")
                .owns("consultation_follow_up", "会商跟进事项")
                .action("DONE", "标记完成")
                .on("complaint")
                .action("CASE_ACTION", "驻外协办记录");
    }
}
