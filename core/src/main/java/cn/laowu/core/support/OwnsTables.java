package cn.laowu.core.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a feature package owns, declared once in its {@code package-info.java}. Only the owner's
 * classes name them in SQL; any other feature asks the owner's API (TableOwnershipTest in app holds
 * every SQL string of main code to this). A package that owns no table says so with an empty list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

    String[] value();
}
