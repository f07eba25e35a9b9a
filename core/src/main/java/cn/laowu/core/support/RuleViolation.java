package cn.laowu.core.support;

/** A request the rules do not allow; the message is shown to the staff member as it is (Chinese). */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
