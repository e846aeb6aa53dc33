package dev.unitlint.rules.values;

import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.SyscallFilter;
import dev.unitlint.values.ValueProblem;

/**
 * An {@code @group} in SystemCallFilter= (or SystemCallLog=) that systemd does not have:
 * {@code @system-services}, {@code @System-service}. systemd logs "Unknown system call group"
 * and drops the group, so an allow-list misses the calls the service needs (it dies with
 * SIGSYS) or a deny-list blocks less than intended. The parsing is {@link SyscallFilter}'s.
 */
@RuleId("SD207")
public final class UnknownSyscallGroup implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        ValueFindings.report(unit, context, ValueProblem.Kind.SYSCALL_GROUP);
    }
}
