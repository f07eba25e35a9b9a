package cn.laowu.admin.audit;

import cn.laowu.core.allowance.ClaimStatus;
import cn.laowu.core.application.ApplicationStatus;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place where the audit log's stable codes (kept as they are in the database) become the
 * Chinese the reader sees. A code nobody has labelled yet shows as itself rather than vanishing.
 */
public final class AuditLabels {

    /** For templates, which call it as {@code ${labels.action(e.action)}}. */
    public static final AuditLabels INSTANCE = new AuditLabels();

    private static final String MOVE = "MOVE_";
    private static final String ALLOWANCE = "ALLOWANCE_";

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("CREATE", "新建"),
            Map.entry("UPDATE", "修改"),
            Map.entry("IMPORT", "导入台账"),
            Map.entry("UPDATE_WISHES", "本人修改求职意向"),
            Map.entry("SELF_CORRECT", "本人更正信息"),
            Map.entry("REVEAL_PHONE", "查看完整手机号"),
            Map.entry("CONFIRM", "复核信息"),
            Map.entry("EXPORT_FULL", "导出完整台账"),
            Map.entry("EXPORT_MASKED", "导出台账(脱敏)"),
            Map.entry("VET", "考察企业"),
            Map.entry("PUBLISH", "发布"),
            Map.entry("CLOSE", "关闭"),
            Map.entry("EXTEND", "延期"),
            Map.entry("EXPIRE", "到期下架"),
            Map.entry("LOCK_OUT", "锁定账号"),
            Map.entry("CHANGE_PASSWORD", "修改密码"),
            Map.entry("RESET_PASSWORD", "重置密码"),
            Map.entry("ENABLE", "启用"),
            Map.entry("DISABLE", "停用"),
            Map.entry("ISSUE_BINDING_CODE", "生成绑定码"),
            Map.entry("ISSUE_STAFF_WECHAT_CODE", "生成微信绑定码"),
            Map.entry("BIND_STAFF_WECHAT", "绑定微信"),
            Map.entry("UNBIND_STAFF_WECHAT", "解除微信绑定"),
            Map.entry("BIND_WECHAT", "绑定微信"),
            Map.entry("FOLLOW_UP", "跟踪回访"),
            Map.entry("SCHEDULE", "安排时间地点"),
            Map.entry("EDIT", "修改"),
            Map.entry("DELETE", "删除"),
            Map.entry("EXPORT", "导出(脱敏)"),
            Map.entry("AUTO_NOTICE_ON", "开启新岗位自动推送"),
            Map.entry("AUTO_NOTICE_OFF", "关闭新岗位自动推送"),
            Map.entry("APPROVE", "批准推送"),
            Map.entry("HOLD_FOR_APPROVAL", "发送时人数超过审批线,待审批"),
            Map.entry("CANCEL", "撤回推送"),
            Map.entry("ACCEPT", "受理投诉"),
            Map.entry("ANSWER", "答复"),
            Map.entry("ASSIGN", "指派经办人"),
            Map.entry("TRANSFER", "转办"),
            Map.entry("ESCALATE", "超期上报上级"),
            Map.entry("REQUEST_INFO", "请投诉人补充"),
            Map.entry("CONCLUDE", "办结"),
            Map.entry("CLEAR_EMPLOYER", "解除企业发布限制"),
            Map.entry("HELP_REPLY", "人工回复"),
            Map.entry("CALENDAR", "修改工作日历"),
            Map.entry("CALENDAR_YEAR", "录入全年放假安排"),
            Map.entry("VIEW_CASE_FILE", "查看或打印投诉档案"),
            Map.entry("COMPLAINT_LIMITS", "修改投诉时限"),
            Map.entry("COMPLAINT_ROUTE", "修改投诉去向"),
            Map.entry("ADD_SESSION", "添加课次"),
            Map.entry("SCHEDULE_SESSIONS", "按周排课"),
            Map.entry("EDIT_SESSION", "修改课次"),
            Map.entry("REMOVE_SESSION", "删除课次"),
            Map.entry("ENROL", "代为报名"),
            Map.entry("CORRECT_ATTENDANCE", "更正考勤"),
            Map.entry("ROLL_CALL", "随机点名"),
            Map.entry("COMPLETE", "结业"),
            Map.entry("NOT_COMPLETE", "未结业"),
            Map.entry("OVERRIDE_COMPLETE", "破例结业"),
            Map.entry("CERTIFICATE", "登记证书"),
            Map.entry("MOVE_TO_JOB", "转入订单岗位"),
            Map.entry("CLAIM", "本人申请补贴"),
            Map.entry("SUPPLY_EVIDENCE", "本人补交材料"),
            Map.entry("GENERATE", "自动生成补贴申请"),
            Map.entry("OBJECTION", "公示异议"),
            Map.entry("PAYMENT_BATCH", "生成发放批次"),
            Map.entry("PAID", "确认已发放"),
            Map.entry("EXPORT_LEDGER", "下载发放台账(含账号)"),
            Map.entry("PAYMENT_ACCOUNT", "本人登记收款账户"),
            Map.entry("IMPORT_POVERTY_LIST", "导入建档立卡名单"),
            Map.entry("LIST_MATCHED", "核对上建档立卡名单"),
            Map.entry("SET_TARGETS", "下达目标"),
            Map.entry("CONFIRM_TARGETS", "签订目标责任书"),
            Map.entry("EDIT_INDICATOR", "修改指标口径"),
            Map.entry("ADD_INDICATOR", "新增考核指标"),
            Map.entry("RETIRE_INDICATOR", "停用考核指标"),
            Map.entry("RESTORE_INDICATOR", "恢复考核指标"),
            Map.entry("DELETE_INDICATOR", "删除考核指标"),
            Map.entry("VIEW_RECORDS", "查看指标背后的记录"),
            Map.entry("TAKE_SNAPSHOT", "生成月度调度"),
            Map.entry("EDIT_SCORING_SHEET", "修改考核评分表"),
            Map.entry("RUN_ASSESSMENT", "计算年度考核"),
            Map.entry("PUBLISH_ASSESSMENT", "公布年度考核"),
            Map.entry("SET_AREA", "设定驻外服务区域"),
            Map.entry("CASE_ACTION", "驻外协办记录"),
            Map.entry("BASE_VISIT", "走访合作基地"),
            Map.entry("DONE", "标记完成"));

    private static final Map<String, String> OBJECTS = Map.ofEntries(
            Map.entry("worker", "劳动力"),
            Map.entry("job", "岗位"),
            Map.entry("employer", "企业"),
            Map.entry("staff", "账号"),
            Map.entry("broker", "经纪人"),
            Map.entry("dispatch_batch", "输送批次"),
            Map.entry("application", "报名"),
            Map.entry("region", "区划"),
            Map.entry("broadcast", "推送"),
            Map.entry("complaint", "投诉"),
            Map.entry("help_thread", "人工咨询"),
            Map.entry("work_calendar", "工作日历"),
            Map.entry("complaint_deadline", "投诉时限"),
            Map.entry("complaint_route", "投诉去向"),
            Map.entry("training_course", "培训班"),
            Map.entry("training_session", "培训课次"),
            Map.entry("training_enrolment", "培训报名"),
            Map.entry("training_subsidy_standard", "培训补贴标准"),
            Map.entry("allowance_policy", "补贴政策"),
            Map.entry("allowance_claim", "补贴申请"),
            Map.entry("allowance_batch", "补贴发放批次"),
            Map.entry("payment_account", "收款账户"),
            Map.entry("poverty_list", "建档立卡名单"),
            Map.entry("target_book", "目标责任书"),
            Map.entry("target_indicator", "考核指标"),
            Map.entry("dispatch_snapshot", "月度调度"),
            Map.entry("assessment_sheet", "考核评分表"),
            Map.entry("assessment_run", "年度考核"),
            Map.entry("outpost", "驻外机构"),
            Map.entry("cooperation_base", "劳务合作基地"),
            Map.entry("consultation", "会商"),
            Map.entry("consultation_follow_up", "会商跟进事项"));

    private static final Map<String, String> ACTORS = Map.of(
            "system", "系统",
            "worker", "劳动者本人");

    private AuditLabels() {
    }

    /** 新建, 导出完整台账, 办理为已上岗 …; the code itself when unknown. */
    public String action(String code) {
        if (code == null) {
            return "";
        }
        if (ACTIONS.containsKey(code)) {
            return ACTIONS.get(code);
        }
        if (code.startsWith(MOVE)) {
            return status(code.substring(MOVE.length()), ApplicationStatus.class, ApplicationStatus::label)
                    .map(label -> "办理为" + label).orElse(code);
        }
        if (code.startsWith(ALLOWANCE)) {
            return status(code.substring(ALLOWANCE.length()), ClaimStatus.class, ClaimStatus::label)
                    .map(label -> "补贴申请转为" + label).orElse(code);
        }
        return code;
    }

    private static <E extends Enum<E>> Optional<String> status(String name, Class<E> type, Function<E, String> label) {
        try {
            return Optional.of(label.apply(Enum.valueOf(type, name)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** 劳动力, 输送批次 …; the code itself when unknown. */
    public String object(String code) {
        return code == null ? "" : OBJECTS.getOrDefault(code, code);
    }

    /** Console users by their username; the system and workers acting in chat by name. */
    public String actor(String username) {
        return username == null ? "" : ACTORS.getOrDefault(username, username);
    }
}
