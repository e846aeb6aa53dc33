package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.UserGroupNames;

import java.util.Optional;
import java.util.Set;

/**
 * User= and Group= names. A name with {@code :} or {@code /}, or {@code .}/{@code ..}, is refused
 * and the unit will not start (error). A name outside the strict rules ({@code foo.bar},
 * {@code 1abc}, {@code bad user!}) is accepted with a notice but is not portable to
 * useradd/NSS setups (warning). Names with specifiers are expanded by systemd first.
 */
@RuleId("SD205")
public final class UserGroupName implements Rule {

    private static final Set<String> PARSERS = Set.of("config_parse_user_group_compat");

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            String name = assignment.value();
            if (directive.isEmpty() || !PARSERS.contains(directive.get().parserIn(release))
                    || name.isEmpty() || name.contains("%")) {
                continue;
            }
            String key = assignment.key();
            if (name.equals("nobody")) {
                // A valid name; systemd's warning about it is SD706 user-nobody.
                continue;
            }
            switch (UserGroupNames.judge(name)) {
                case REFUSED -> context.reportValue(assignment, key + "=" + name + " is not a valid user or group name: systemd"
                        + " refuses it (\"Invalid user/group name or numeric ID\") and will not start the unit (\"Unit"
                        + " configuration has fatal error\"). Names cannot contain ':' or '/' or be '.' or '..'");
                case RELAXED -> context.report(Severity.WARNING, assignment.file(), assignment.entry().value().span(),
                        key + "=" + name + " does not match the strict user/group name rules: systemd accepts it with a notice"
                                + " (\"Accepting user/group name '" + name + "', which does not match strict user/group name"
                                + " rules.\") but useradd and many tools refuse such names. Use letters, digits, '_' and '-',"
                                + " starting with a letter or '_', at most 31 characters");
                default -> {
                }
            }
        }
    }
}
