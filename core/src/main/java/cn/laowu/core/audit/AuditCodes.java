package cn.laowu.core.audit;

/**
 * A feature's words in the audit log, as a bean: the targets it owns (what {@code audit_log.entity_type}
 * holds, e.g. {@code broadcast}) and the action codes it writes on them, each with the Chinese the
 * 操作日志 shows. An action code means something only on its target, so {@code CANCEL} on a broadcast
 * (撤回推送) and {@code CANCEL} on a course are two codes; two features declaring the same target or
 * the same action on one target stop the console from starting (admin {@code AuditLabels}).
 */
public interface AuditCodes {

    /** E.g. {@code new AuditVocabulary().owns("broadcast", "推送").action("CANCEL", "撤回推送")}. */
    AuditVocabulary vocabulary();
}
