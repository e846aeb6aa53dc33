package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.Words;

import java.util.Optional;

/**
 * A path that must be absolute and normalized but is not, after the prefixes each key allows:
 * ReadWritePaths=/ReadOnlyPaths=/InaccessiblePaths=/… ({@code -} then {@code +}),
 * ConditionPath*=/AssertPath*= ({@code |} then {@code !}) and RequiresMountsFor= (none).
 * systemd ignores the path ("path is not absolute"). A relative WorkingDirectory= is SD417's.
 */
@RuleId("SD209")
public final class InvalidPath implements Rule {

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            if (directive.isEmpty() || assignment.isEmpty()) {
                continue;
            }
            switch (directive.get().parserIn(release)) {
                case "config_parse_namespace_path_strv" -> words(assignment, context, "-+", true);
                case "config_parse_unit_mounts_for" -> words(assignment, context, "", false);
                case "config_parse_unit_condition_path" -> single(assignment, context, "|!");
                // config_parse_working_directory is SD417's: it knows the "-" prefix and the releases.
                default -> {
                }
            }
        }
    }

    /** The whole value is one path after the optional prefixes, in this order. */
    private static void single(Assignment assignment, RuleContext context, String prefixes) {
        String value = assignment.value();
        check(assignment, context, value, 0, value.length(), prefixes);
    }

    /** Space-separated paths, each optionally quoted. */
    private static void words(Assignment assignment, RuleContext context, String prefixes, boolean quotes) {
        String value = assignment.value();
        for (Words.Word word : quotes ? Words.splitQuoted(value) : Words.split(value)) {
            check(assignment, context, value, word.start(), word.end(), prefixes);
        }
    }

    private static void check(Assignment assignment, RuleContext context, String value, int start, int end, String prefixes) {
        String word = value.substring(start, end).replace("\"", "").replace("'", "");
        int p = 0;
        for (char prefix : prefixes.toCharArray()) {
            if (p < word.length() && word.charAt(p) == prefix) {
                p++;
            }
        }
        String path = word.substring(p);
        if (path.contains("%")) {
            return; // specifiers are expanded before the check
        }
        String key = assignment.key();
        String problem = null;
        if (!path.startsWith("/")) {
            problem = "is not absolute";
        } else if (!normalized(path)) {
            problem = "is not normalized";
        }
        if (problem == null) {
            return;
        }
        String fatal = key.equals("WorkingDirectory") ? "systemd refuses to start the unit (\"Unit configuration has fatal error\")"
                : "systemd ignores it (\"" + key + "= path " + problem + ", ignoring\")";
        String allowed = prefixes.isEmpty() ? "" : "; the prefixes " + String.join(" then ", prefixes.split(""))
                + " may come before the path, in this order";
        context.report(assignment.file(), assignment.entry().value().span(start, end),
                "The path '" + path + "' in " + key + "= " + problem + ": " + fatal + ". Write an absolute path without . or .."
                        + " components or //" + allowed);
    }

    private static boolean normalized(String path) {
        return !(path.contains("//") || path.contains("/./") || path.endsWith("/.") || path.contains("/../")
                || path.endsWith("/.."));
    }
}
