package dev.unitlint.rules.values;

import dev.unitlint.catalog.Directive;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.structure.KnownKeys;
import dev.unitlint.values.ParserChecks;
import dev.unitlint.values.Words;

import java.util.Optional;

/**
 * A value systemd cannot parse: {@code Restart=sometimes}, {@code TimeoutStartSec=5 parsecs},
 * {@code Nice=99}, {@code UMask=0999}, {@code KillSignal=SIGFOO}, {@code MemoryMax=12Q}.
 * systemd logs "Failed to parse …, ignoring" and keeps the default (or the previous value).
 * Dispatches on the parser the target release uses for the key (from the directive catalog).
 */
@RuleId("SD201")
public final class InvalidValue implements Rule {

    /** Environment= words, each NAME=VALUE with a shell-style name (env_assignment_is_valid()); quotes group words. */
    private static void environment(Assignment assignment, RuleContext context) {
        String value = assignment.value();
        for (Words.Word quoted : Words.splitQuoted(value)) {
            int start = quoted.start();
            int i = quoted.end();
            String word = quoted.text().replace("\"", "").replace("'", "");
            if (word.isEmpty() || word.contains("%") || word.contains("\\")) {
                continue; // specifiers and escapes are resolved by systemd first
            }
            int eq = word.indexOf('=');
            String name = eq < 0 ? word : word.substring(0, eq);
            if (eq < 0 || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                context.report(assignment.file(), assignment.entry().value().span(start, i),
                        "Invalid Environment= assignment '" + word + "': systemd ignores it (\"Invalid environment assignment,"
                                + " ignoring\"). Write NAME=VALUE with a name of letters, digits and '_' not starting with a"
                                + " digit; quote an assignment whose value has spaces: \"NAME=a b\"");
            }
        }
    }

    /** Documentation= URLs: http(s)://…, file:/…, info:… or man:… (documentation_url_is_valid()). */
    private static void documentation(Assignment assignment, RuleContext context) {
        String value = assignment.value();
        for (Words.Word word : Words.split(value)) {
            String url = word.text();
            int start = word.start();
            int i = word.end();
            if (url.contains("%") || url.contains("\"") || url.contains("'")) {
                continue;
            }
            String rest = null;
            for (String scheme : new String[] {"http://", "https://", "file:/", "info:", "man:"}) {
                if (url.startsWith(scheme)) {
                    rest = url.substring(scheme.length());
                    break;
                }
            }
            if (rest == null || rest.isEmpty() || !rest.chars().allMatch(c -> c < 0x80)) {
                context.report(assignment.file(), assignment.entry().value().span(start, i),
                        "Invalid Documentation= URL '" + url + "': systemd ignores it (\"Invalid URL, ignoring\"). Write"
                                + " http://, https://, file:/, info: or man: URLs, e.g. man:foo(8) or file:" + (url.startsWith("/") ? url : "/…"));
            }
        }
    }

    @Override
    public void check(Unit unit, RuleContext context) {
        int release = context.systemdVersion();
        for (Assignment assignment : KnownKeys.readAssignments(unit)) {
            if (assignment.isEmpty()) {
                continue; // SD202's
            }
            Optional<Directive> directive = KnownKeys.accepted(unit, assignment, release);
            if (directive.isEmpty()) {
                continue;
            }
            String parser = directive.get().parserIn(release);
            String key = assignment.key();
            String value = assignment.value();
            if (parser.equals("config_parse_documentation")) {
                documentation(assignment, context);
                continue;
            }
            if (parser.equals("config_parse_environ")) {
                environment(assignment, context);
                continue;
            }
            Optional<String> problem = ParserChecks.check(parser, value);
            if (problem.isPresent()) {
                context.reportValue(assignment, "Invalid " + key + "=" + value + ": " + problem.get()
                        + ". systemd ignores the assignment");
                continue;
            }
            switch (EnumCheck.judge(parser, value, release)) {
                case REJECTED -> {
                    String hint = EnumCheck.caseFix(parser, value, release)
                            .map(fix -> "; values are case-sensitive: write " + key + "=" + fix)
                            .orElse("; systemd " + release + " accepts " + EnumCheck.accepted(parser, release));
                    context.reportValue(assignment, "Invalid " + key + "=" + value + ": systemd cannot parse it and ignores the"
                            + " assignment (\"Failed to parse … ignoring\")" + hint);
                }
                case ACCEPTED -> EnumCheck.prefixPath(value).ifPresent(why -> context.reportValue(assignment,
                        "Invalid " + key + "=" + value + ": " + why + "; systemd ignores the assignment. Write an absolute path without . or .. components"));
                default -> {
                }
            }
        }
    }
}
