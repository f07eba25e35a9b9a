package cn.laowu.core.support;

/**
 * A setting an operator must fix before the platform can start. Carries what is wrong and what
 * to do in words meant for the operator's terminal, so start-up can end with one clear line
 * instead of a stack trace.
 */
public class ConfigurationProblem extends RuntimeException {

    private final String action;

    public ConfigurationProblem(String problem, String action) {
        super(problem);
        this.action = action;
    }

    public ConfigurationProblem(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
