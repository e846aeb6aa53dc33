package dev.unitlint.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a rule class to its document {@code rules/<id>.md}, which holds everything else
 * about the rule (name, severity, summary, documentation, examples).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleId {
    String value();
}
