package cn.laowu.core.allowance;

/**
 * Who receives the money: the worker, the broker credited with the placement, the employer, or the
 * training institution (a free course's 职业技能培训补贴; claimant id is its staff account).
 */
public enum Claimant {
    WORKER, BROKER, EMPLOYER, INSTITUTION
}
