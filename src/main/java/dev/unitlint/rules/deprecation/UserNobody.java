package dev.unitlint.rules.deprecation;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;

/**
 * {@code User=nobody}: systemd logs "Special user nobody configured, this is not safe!" at
 * load (config_parse_user_group_compat(), message ID SD_MESSAGE_NOBODY_USER_UNSUITABLE). The
 * nobody user owns files that cannot be mapped to a local user (NFS, user namespaces); a
 * service running as nobody may read or write them.
 */
@RuleId("SD706")
public final class UserNobody implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.type().hasExecContext()) {
            return;
        }
        for (Assignment a : unit.assignments(unit.type().ownSection(), "User")) {
            if (a.value().strip().equals("nobody")) {
                context.reportValue(a, "User=nobody is not safe (systemd logs \"Special user nobody configured, this"
                        + " is not safe!\"): nobody owns the files that cannot be mapped to any local user, such as"
                        + " on NFS or in user namespaces, and the service gets access to them. Use DynamicUser=yes or"
                        + " a dedicated system user");
            }
        }
    }
}
