package cn.laowu.app.startup;

import cn.laowu.core.support.ConfigurationProblem;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link ConfigurationProblem} anywhere in a start-up failure into what and how-to-fix, no stack trace. */
public class ConfigurationProblemFailureAnalyzer extends AbstractFailureAnalyzer<ConfigurationProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConfigurationProblem cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
