package dev.unitlint.config;

import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule IDs, ID prefixes ({@code SD3} = every SD3xx rule, {@code SEC} = every security rule) and
 * rule names as {@code select}/{@code ignore} take them. Without a selection, every rule runs but
 * those whose document says {@code default: off} (the security rules); naming such a rule, or a
 * prefix of its ID, switches it on.
 */
public final class RuleSelection {

    private RuleSelection() {
    }

    /**
     * The rule IDs a pattern names, or an empty set when it names none.
     *
     * @param pattern a rule ID such as {@code SD301}, a prefix such as {@code SD3}, or a rule name
     *                such as {@code restart-always-oneshot}
     */
    public static Set<String> expand(String pattern) {
        Set<String> ids = new LinkedHashSet<>();
        if (!RuleNames.looksLikeId(pattern)) {
            RuleNames.resolve(pattern).ifPresent(ids::add);
            return ids;
        }
        String p = pattern.trim().toUpperCase(Locale.ROOT);
        for (Rule rule : BuiltInRules.all()) {
            if (rule.id().startsWith(p)) {
                ids.add(rule.id());
            }
        }
        return ids;
    }

    /**
     * What is wrong with a pattern that names no rule, for an error message: {@code 'NOPE' is not
     * a unitlint rule ID, ID prefix or name; 'unitlint rules' lists them}, or "did you mean"
     * for a misspelt name.
     */
    public static String unknown(String pattern) {
        return "'" + pattern + "' is not a unitlint rule ID, ID prefix or name"
                + RuleNames.hint(pattern, "'unitlint rules' lists them");
    }

    /**
     * The rules not to run.
     *
     * @param select rules to run (null: every rule that is on by default)
     * @param ignore rules not to run
     */
    public static Set<String> disabled(List<String> select, List<String> ignore) {
        Set<String> enabled = new LinkedHashSet<>();
        if (select == null) {
            BuiltInRules.all().stream().filter(Rule::enabledByDefault).map(Rule::id).forEach(enabled::add);
        } else {
            select.forEach(s -> enabled.addAll(expand(s)));
        }
        ignore.forEach(i -> enabled.removeAll(expand(i)));
        Set<String> disabled = new LinkedHashSet<>();
        BuiltInRules.all().stream().map(Rule::id).filter(id -> !enabled.contains(id)).forEach(disabled::add);
        return disabled;
    }
}
