package cn.laowu.core.training;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

/** What training writes to the 操作日志. */
@Component
class TrainingAuditCodes implements AuditCodes {

    @Override
    public AuditVocabulary vocabulary() {
        return new AuditVocabulary()
                .owns("training_course", "培训班")
                .action("CREATE", "新建")
                .action("ADD_SESSION", "添加课次")
                .action("SCHEDULE_SESSIONS", "按周排课")
                .action("EDIT_SESSION", "修改课次")
                .action("REMOVE_SESSION", "删除课次")
                .action("ENROL", "代为报名")
                .action("MOVE_TO_JOB", "转入订单岗位")
                .owns("training_session", "培训课次")
                .action("ROLL_CALL", "随机点名")
                .owns("training_enrolment", "培训报名")
                .action("CORRECT_ATTENDANCE", "更正考勤")
                .action("COMPLETE", "结业")
                .action("NOT_COMPLETE", "未结业")
                .action("OVERRIDE_COMPLETE", "破例结业")
                .action("CERTIFICATE", "登记证书");
    }
}
