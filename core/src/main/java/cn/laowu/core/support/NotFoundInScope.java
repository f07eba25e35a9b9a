package cn.laowu.core.support;

/**
 * The record does not exist, or exists outside the caller's region: the two are deliberately
 * indistinguishable, so guessing ids reveals nothing.
 */
public class NotFoundInScope extends RuntimeException {

    public NotFoundInScope(String what) {
        super(what + " not found");
    }
}
