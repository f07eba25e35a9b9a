package cn.laowu.admin.audit;

import cn.laowu.core.audit.AuditCodes;
import cn.laowu.core.audit.AuditVocabulary;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log's stored codes as the Chinese the reader sees, looked up in what the features declare
 * ({@link AuditCodes} beans). An action is read on its target ({@code audit_log.entity_type}), so one
 * feature's CANCEL cannot borrow another's words. Two declarations of one target, or of one action on
 * a target, fail at start-up instead of showing whichever came last. A code nobody declared shows as itself.
 */
@Component
public class AuditLabels {

    private static final Map<String, String> ACTORS = Map.of(
            "system", "系统",
            "worker", "劳动者本人");

    private final Map<String, String> targets = new HashMap<>();
    private final Map<String, String> actions = new HashMap<>();
    private final Map<String, String> declaredBy = new HashMap<>();

    public AuditLabels(List<AuditCodes> features) {
        for (AuditCodes feature : features) {
            String who = feature.getClass().getName();
            AuditVocabulary vocabulary = feature.vocabulary();
            vocabulary.targets().forEach(t -> put(targets, t.type(), t.label(), "target " + t.type(), who));
            vocabulary.actions().forEach(a -> put(actions, key(a.target(), a.code()), a.label(),
                    "action " + a.code() + " on " + a.target(), who));
        }
    }

    private void put(Map<String, String> into, String key, String label, String what, String who) {
        String earlier = declaredBy.putIfAbsent(what, who);
        if (earlier != null) {
            throw new IllegalStateException("Audit " + what + " is declared twice: by " + earlier + " and " + who);
        }
        into.put(key, label);
    }

    private static String key(String target, String code) {
        return target + " " + code;
    }

    /** 新建, 撤回推送, 办理为已上岗 …: the code on its target; the code itself when undeclared. */
    public String action(String target, String code) {
        if (code == null) {
            return "";
        }
        return actions.getOrDefault(key(target, code), code);
    }

    /** Whether some feature declared this action on this target. */
    public boolean declares(String target, String code) {
        return actions.containsKey(key(target, code));
    }

    /** 劳动力, 输送批次 …; the code itself when undeclared. */
    public String object(String type) {
        return type == null ? "" : targets.getOrDefault(type, type);
    }

    /** Console users by their username; the system and workers acting in chat by name. */
    public String actor(String username) {
        return username == null ? "" : ACTORS.getOrDefault(username, username);
    }
}
