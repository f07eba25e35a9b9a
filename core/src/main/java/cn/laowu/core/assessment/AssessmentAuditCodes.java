package cn.laowu.core.assessment;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What the yearly assessment writes to the 操作日志. */
@Component
class AssessmentAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("assessment_sheet", "考核评分表")
                .action("EDIT_SCORING_SHEET", "修改考核评分表")
                .owns("assessment_run", "年度考核")
                .action("RUN_ASSESSMENT", "计算年度考核")
                .action("PUBLISH_ASSESSMENT", "公布年度考核");
    }
}
