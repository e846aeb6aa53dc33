package dev.unitlint.rules.refusals;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.values.Specifiers;
import dev.unitlint.values.SystemdPaths;

/**
 * A WorkingDirectory= that is neither absolute nor "~", or has a ".." component
 * (P5, config_parse_working_directory(), path_simplify_and_warn()):
 * a fatal error that makes systemd refuse the unit; with the "-" prefix it is ignored instead.
 */
@RuleId("SD417")
public final class RelativeWorkingDirectory implements Rule {


    @Override
    public void check(Unit unit, RuleContext context) {
        if (!unit.type().hasExecContext()) {
            return;
        }
        for (Assignment assignment : unit.assignments(unit.type().ownSection(), "WorkingDirectory")) {
            String value = assignment.value();
            boolean optional = value.startsWith("-");
            String path = optional ? value.substring(1) : value;
            // "~" is the user's home; a leading specifier (%h, %S) may resolve to an absolute path.
            int from = optional ? 1 : 0;
            if (path.startsWith("/") && !Specifiers.contains(path)
                    && SystemdPaths.check(path, SystemdPaths.Check.ABSOLUTE).isPresent()) {
                String problem = SystemdPaths.check(path, SystemdPaths.Check.ABSOLUTE).get().words();
                context.report(assignment.file(), assignment.entry().value().span(from, value.length()),
                        "WorkingDirectory=" + path + " " + problem + ": " + (optional
                                ? "systemd ignores it (\"WorkingDirectory= path " + problem + ", ignoring\")"
                                : "systemd refuses to load this unit (\"WorkingDirectory= path " + problem + "\", \"Unit"
                                + " configuration has fatal error\")") + ". Write the path without .. components");
                continue;
            }
            if (path.isEmpty() || path.startsWith("/") || path.equals("~") || path.startsWith("%")) {
                continue;
            }
            if (optional) {
                context.report(assignment.file(), assignment.entry().value().span(from, value.length()),
                        "WorkingDirectory= must be an absolute path or ~: systemd ignores \"" + path + "\""
                                + " (\"WorkingDirectory= path is not absolute, ignoring\") and the command runs in /"
                                + " (the default). Write the absolute path");
            } else {
                context.report(assignment.file(), assignment.entry().value().span(from, value.length()),
                        "WorkingDirectory= must be an absolute path or ~: systemd refuses to load this unit"
                                + " (\"WorkingDirectory= path is not absolute: " + path + "\", \"Unit configuration has"
                                + " fatal error\"). Write the absolute path");
            }
        }
    }
}
