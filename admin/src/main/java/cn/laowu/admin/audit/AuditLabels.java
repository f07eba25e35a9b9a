package cn.laowu.admin.audit;

import cn.laowu.core.application.ApplicationStatus;

import java.util.Map;

/**
 * The one place where the audit log's stable codes (kept as they are in the database) become the
 * Chinese the reader sees. A code nobody has labelled yet shows as itself rather than vanishing.
 */
public final class AuditLabels {

    /** For templates, which call it as {@code ${labels.action(e.action)}}. */
    public static final AuditLabels INSTANCE = new AuditLabels();

    private static final String MOVE = "MOVE_";

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
            Map.entry("BIND_WECHAT", "绑定微信"),
            Map.entry("FOLLOW_UP", "跟踪回访"),
            Map.entry("SCHEDULE", "安排时间地点"));

    private static final Map<String, String> OBJECTS = Map.of(
            "worker", "劳动力",
            "job", "岗位",
            "employer", "企业",
            "staff", "账号",
            "broker", "经纪人",
            "dispatch_batch", "输送批次",
            "application", "报名",
            "region", "区划");

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
        if (code.startsWith(MOVE)) {
            try {
                return "办理为" + ApplicationStatus.valueOf(code.substring(MOVE.length())).label();
            } catch (IllegalArgumentException unknown) {
                return code;
            }
        }
        return ACTIONS.getOrDefault(code, code);
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
