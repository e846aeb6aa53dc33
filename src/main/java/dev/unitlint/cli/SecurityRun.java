package dev.unitlint.cli;

import dev.unitlint.config.Config;
import dev.unitlint.config.ConfigApplier;
import dev.unitlint.config.ConfigException;
import dev.unitlint.config.Configs;
import dev.unitlint.config.SecurityConfig;
import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Severity;
import dev.unitlint.lint.InputError;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.lint.ParallelMap;
import dev.unitlint.lint.UnitCollector;
import dev.unitlint.model.Unit;
import dev.unitlint.report.SecurityReport;
import dev.unitlint.rules.BuiltInRules;
import dev.unitlint.rules.Rule;
import dev.unitlint.security.Decider;
import dev.unitlint.security.SecurityAssessment;
import dev.unitlint.security.SecurityAssessment.Result;
import dev.unitlint.security.SecurityPolicy;
import dev.unitlint.suppress.Pragma;
import dev.unitlint.suppress.SuppressionFilter;
import dev.unitlint.syntax.UnitFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * The work of {@code unitlint security}: configuration, the units, which of them systemd would
 * refuse to load, each service's assessment with its threshold, policy and suppressions, and the
 * report.
 */
final class SecurityRun {

    /** systemd-analyze security's default --threshold: nothing fails. */
    static final int DEFAULT_THRESHOLD = 100;

    /** Services assessed together before their entries are written. */
    private static final int CHUNK = 64;

    private final SecurityCommand options;
    private final Map<Path, SecurityPolicy> policies = new HashMap<>();

    SecurityRun(SecurityCommand options) {
        this.options = options;
    }

    int run(PrintWriter out, PrintWriter err) throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        UnitCollector collector = new UnitCollector();
        for (String path : options.paths) {
            collector.addPath(options.fileSystem.getPath(path));
        }
        // Each service gets the configuration closest to its unit file, as in check.
        Map<Unit, Config> configOf = new HashMap<>();
        List<Unit> services = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        try {
            Configs configs = CheckRun.loadConfigs(options.config, options.noConfig, options.fileSystem, cwd);
            for (Unit unit : collector.units()) {
                if (!SecurityAssessment.scored(unit) || !unit.hasBase()) {
                    continue;
                }
                Config config = configs.forPath(unit.base().get().path());
                if (!new ConfigApplier(config, cwd).excluded(unit.base().get().path())) {
                    configOf.put(unit, config);
                    services.add(unit);
                }
            }
            for (InputError error : collector.errors()) {
                errors.addAll(new ConfigApplier(configs.forPath(error.path()), cwd).applyToErrors(List.of(error)));
            }
            // Every policy file first: a bad one is a usage error before anything is written.
            if (options.policy != null) {
                policy(options.policy);
            }
            for (Unit unit : services) {
                Path file = policyFile(configOf.get(unit).securityFor(unit.base().get().path(), cwd));
                if (file != null) {
                    policy(file);
                }
            }
        } catch (ConfigException | SecurityPolicy.PolicyException e) {
            return usage(err, e.getMessage());
        }
        services.sort(Comparator.comparing(u -> u.base().get().path()));
        int runRelease = release(configOf.isEmpty() ? Config.none(cwd) : configOf.get(services.get(0)));

        if (options.output != null) {
            List<UnitFile> files = services.stream().flatMap(u -> u.files().stream()).toList();
            if (CheckRun.isCheckedFile(options.output, files)) {
                return usage(err, options.output + ": is one of the files being checked; unitlint never writes to"
                        + " them");
            }
        }
        java.io.StringWriter toFile = options.output != null ? new java.io.StringWriter() : null;
        java.io.Writer sink = toFile != null ? toFile : out;
        SecurityReport report = options.format == SecurityCommand.SecurityFormat.JSON
                ? SecurityReport.json(sink, runRelease) : SecurityReport.text(sink);
        boolean fails = false;
        // A few dozen services at a time: assessed in parallel, written, and let go, so that a tree of
        // thousands of services is never held as one report.
        for (int from = 0; from < services.size(); from += CHUNK) {
            List<Unit> chunk = services.subList(from, Math.min(services.size(), from + CHUNK));
            Map<Unit, String> refused = refusals(chunk, u -> release(configOf.get(u)));
            for (SecurityReport.Entry entry : ParallelMap.map(chunk, u -> entry(u, release(configOf.get(u)),
                    configOf.get(u), cwd, refused.get(u)))) {
                report.write(entry);
                fails |= entry.assessment() == null || entry.aboveThreshold();
            }
        }
        report.finish(errors);
        if (toFile != null && !CheckRun.write(options.output, toFile.toString(), err)) {
            return ExitCodes.ERROR;
        }
        out.flush();
        for (InputError error : errors) {
            err.println("unitlint: " + error);
        }
        err.flush();
        if (errors.stream().anyMatch(e -> !e.usage())) {
            return ExitCodes.ERROR;
        }
        if (!errors.isEmpty()) {
            return ExitCodes.USAGE;
        }
        return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private SecurityReport.Entry entry(Unit unit, int release, Config config, Path cwd, String loadError) {
        String path = unit.base().get().path();
        if (loadError != null) {
            return new SecurityReport.Entry(path, unit.name().name(), null, loadError, 0, "", Map.of());
        }
        SecurityConfig settings = config.securityFor(path, cwd);
        int threshold = options.threshold != null ? options.threshold
                : settings.threshold().orElse(DEFAULT_THRESHOLD);
        Path policyFile = policyFile(settings);
        SecurityPolicy policy = policyFile == null ? SecurityPolicy.NONE : policies.get(policyFile);
        SecurityAssessment assessment = SecurityAssessment.assess(unit, release, policy, List.of());
        if (assessment.loadError() != null) {
            return new SecurityReport.Entry(path, unit.name().name(), null, assessment.loadError(), 0, "", Map.of());
        }
        Map<String, String> suppressions = suppressions(unit, assessment);
        if (!suppressions.isEmpty()) {
            assessment = SecurityAssessment.assess(unit, release, policy, List.copyOf(suppressions.keySet()));
        }
        return new SecurityReport.Entry(path, unit.name().name(), assessment, null, threshold,
                policyFile == null ? "" : policyFile.toString(), suppressions);
    }

    /** The policy file for a unit: --security-policy, else the configuration's, else none. */
    private Path policyFile(SecurityConfig settings) {
        return options.policy != null ? options.policy : settings.policy().orElse(null);
    }

    private synchronized SecurityPolicy policy(Path file) throws SecurityPolicy.PolicyException {
        SecurityPolicy policy = policies.get(file);
        if (policy == null) {
            policy = SecurityPolicy.read(file);
            policies.put(file, policy);
        }
        return policy;
    }

    /**
     * The failing checks a {@code # unitlint: disable=SECnnn -- reason} comment accepts, with the
     * reason: the comment sits above the line that decides the check (the [Service] header for a
     * setting that is not written).
     */
    private static Map<String, String> suppressions(Unit unit, SecurityAssessment assessment) {
        Map<String, String> accepted = new LinkedHashMap<>();
        SuppressionFilter filter = new SuppressionFilter(unit.files());
        for (Result result : assessment.checks()) {
            if (!result.fails()) {
                continue;
            }
            Optional<Decider> at = Decider.of(unit, result.verdict().source());
            if (at.isEmpty()) {
                continue;
            }
            Finding finding = new Finding(result.check().id(), result.check().ruleName(), Severity.INFO,
                    at.get().file().path(), at.get().span(), "");
            filter.suppressing(finding).map(Pragma::justification).ifPresent(reason -> accepted.put(result.check().id(),
                    reason));
        }
        return accepted;
    }

    /**
     * The services systemd would refuse to load, each with the first reason: an error from a rule
     * whose document is tagged {@code refusal} (no ExecStart=, a bad section header, ...).
     */
    private static Map<Unit, String> refusals(List<Unit> services, java.util.function.ToIntFunction<Unit> release) {
        List<Rule> refusalRules = BuiltInRules.all().stream()
                .filter(r -> BuiltInRules.metadata(r.id()).tags().contains("refusal"))
                .toList();
        Map<Unit, String> refused = new HashMap<>();
        List<List<Finding>> found = ParallelMap.map(services, u -> new Linter(
                new LintOptions(release.applyAsInt(u), Set.of(), Map.of()), refusalRules).lint(u));
        for (int i = 0; i < services.size(); i++) {
            Unit unit = services.get(i);
            for (Finding f : found.get(i)) {
                if (f.severity() == Severity.ERROR) {
                    refused.put(unit, f.path() + ":" + f.line() + ": " + f.message() + " [" + f.ruleId() + "]");
                    break;
                }
            }
            // SD401 leaves a unit file without any section to the syntax rules (it is usually a symbolic
            // link copied as a file); with no ExecStart= anywhere systemd refuses the service all the same.
            UnitFile base = unit.base().orElseThrow();
            if (!refused.containsKey(unit) && base.sections().isEmpty()
                    && unit.list("Service", "ExecStart").stream().allMatch(a -> a.isEmpty())
                    && unit.list("Service", "ExecStop").stream().allMatch(a -> a.isEmpty())) {
                refused.put(unit, base.path() + ":1: the file has no section, so the service has no ExecStart=:"
                        + " systemd refuses it (\"Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.\")");
            }
        }
        return refused;
    }

    /** The release a service is assessed for: --systemd-version, else its configuration's, else the newest. */
    private int release(Config config) {
        return matched("--systemd-version") ? options.systemdVersion
                : config.systemdVersion().orElse(options.systemdVersion);
    }

    private boolean matched(String option) {
        CommandLine.ParseResult parse = options.spec.commandLine().getParseResult();
        return parse != null && parse.hasMatchedOption(option);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("unitlint: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
