package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.ExtractWord;
import dev.unitlint.values.Specifiers;
import dev.unitlint.values.UserGroupNames;
import java.util.List;
import java.util.Optional;

/**
 * User=, Group= and SupplementaryGroups= names. A name with {@code :} or {@code /}, {@code .}
 * or {@code ..}, all digits beyond a valid ID ({@code 65535}, {@code 99999999999}) or {@code -1}
 * is refused and the unit will not start (error). A name outside the strict rules
 * ({@code foo.bar}, {@code 1abc}) is accepted with a notice but is not portable to useradd/NSS
 * setups (warning). Names with specifiers are expanded by systemd first.
 */
@RuleId("SD205")
public final class UserGroupName implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            if (directive.isEmpty() || assignment.isEmpty()) {
                continue;
            }
            String parser = directive.get().parserIn(release);
            if (parser.equals("config_parse_user_group_compat")) {
                String value = assignment.value();
                judge(assignment, context, value, 0, value.length());
            } else if (parser.equals("config_parse_user_group_strv_compat")) {
                List<ExtractWord.Word> words = ExtractWord.split(assignment.value(), null, 0).words();
                for (ExtractWord.Word w : words) {
                    if (!judge(assignment, context, w.text(), w.start(), w.end())) {
                        break; // systemd stops at the first refused name, refusing the unit
                    }
                }
            }
        }
    }

    /** Reports what systemd makes of one name; false when it refuses it. */
    private static boolean judge(Assignment assignment, RuleContext context, String name, int from, int to) {
        if (Specifiers.contains(name) || name.equals("nobody")) {
            return true; // expanded first; User=nobody is SD706's
        }
        String key = assignment.key();
        switch (UserGroupNames.judge(name)) {
            case REFUSED -> {
                context.report(assignment.file(), assignment.entry().value().span(from, to), key + "=" + name
                        + " is not a valid user or group name: systemd refuses it (\"Invalid user/group name or numeric"
                        + " ID\") and will not start the unit (\"Unit configuration has fatal error\"). Names cannot contain"
                        + " ':' or '/', be '.' or '..', or be all digits other than a valid numeric ID (not 65535,"
                        + " not negative)");
                return false;
            }
            case RELAXED -> context.report(Severity.WARNING, assignment.file(), assignment.entry().value().span(from, to),
                    key + "=" + name + " does not match the strict user/group name rules: systemd accepts it with a notice"
                            + " (\"Accepting user/group name '" + name + "', which does not match strict user/group name"
                            + " rules.\") but useradd and many tools refuse such names. Use letters, digits, '_' and '-',"
                            + " starting with a letter or '_', at most 31 characters");
            default -> {
            }
        }
        return true;
    }
}
