package cn.laowu.admin.layout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a console action goes when the rules refuse it ({@code RuleViolation}): back to this page,
 * with the refusal's message shown as the page's error. {@code {name}} is filled from the path
 * variable or request parameter of that name, e.g. {@code "/console/assessment?year={year}"}.
 * Without it a refusal shows the console's error page (400).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RedirectOnRefusal {

    String value();
}
