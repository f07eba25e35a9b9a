package cn.laowu.core.allowance;

/** Who receives the money: the worker, the broker credited with the placement, or the employer. */
public enum Claimant {
    WORKER, BROKER, EMPLOYER
}
