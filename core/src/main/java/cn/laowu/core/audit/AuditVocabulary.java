package cn.laowu.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link AuditCodes} bean declares, written in the order a reader thinks: a target, then the
 * actions on it. {@link #on} names another feature's target this feature also writes actions on
 * (a broadcast switches a job's automatic notice); that target's own label stays with its owner.
 */
public final class AuditVocabulary {

    public record Target(String type, String label) {
    }

    public record Action(String target, String code, String label) {
    }

    private final List<Target> targets = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private String current;

    /** A target this feature owns, with its Chinese name (劳动力, 推送); the actions that follow are on it. */
    public AuditVocabulary owns(String type, String label) {
        targets.add(new Target(Objects.requireNonNull(type), Objects.requireNonNull(label)));
        current = type;
        return this;
    }

    /** Another feature's target; the actions that follow are on it. */
    public AuditVocabulary on(String type) {
        current = Objects.requireNonNull(type);
        return this;
    }

    /** An action code written on the current target, with what the reader sees (批准推送, 办结). */
    public AuditVocabulary action(String code, String label) {
        if (current == null) {
            throw new IllegalStateException("Name the target (owns or on) before the action " + code);
        }
        actions.add(new Action(current, Objects.requireNonNull(code), Objects.requireNonNull(label)));
        return this;
    }

    public List<Target> targets() {
        return List.copyOf(targets);
    }

    public List<Action> actions() {
        return List.copyOf(actions);
    }
}
