package cn.laowu.core.application;

/**
 * A reason, owned by another feature, why an application may not make a move (稳岗 needs the
 * 12-month follow-up, say). Beans of this type are asked before every move the office makes.
 */
public interface TransitionRule {

    /** @throws cn.laowu.core.support.RuleViolation with the words the clerk should read */
    void check(JobApplication application, ApplicationStatus to);

    /** The same with the clerk's note, for rules that let a move through only with a stated reason. */
    default void check(JobApplication application, ApplicationStatus to, String note) {
        check(application, to);
    }
}
