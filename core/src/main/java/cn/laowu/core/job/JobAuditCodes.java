package cn.laowu.core.job;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What jobs and employers write to the 操作日志. */
@Component
class JobAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("job", "岗位")
                .action("CREATE", "新建")
                .action("UPDATE", "修改")
                .action("PUBLISH", "发布")
                .action("CLOSE", "关闭")
                .action("EXTEND", "延期")
                .action("EXPIRE", "到期下架")
                .owns("employer", "企业")
                .action("CREATE", "新建")
                .action("VET", "考察企业");
    }
}
