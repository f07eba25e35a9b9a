package cn.laowu.core.job;

/**
 * A check other features add before an employer's job is published (a bean of this type is
 * picked up); it throws {@link cn.laowu.core.support.RuleViolation} with the reason to refuse.
 */
public interface PublishRule {

    void check(Employer employer);
}
