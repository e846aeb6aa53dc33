package dev.unitlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unitlint.cli.VersionProvider;
import dev.unitlint.lint.InputError;
import dev.unitlint.security.Decider;
import dev.unitlint.security.Exposure;
import dev.unitlint.security.SecurityAssessment;
import dev.unitlint.security.SecurityAssessment.Exclusion;
import dev.unitlint.security.SecurityAssessment.Result;
import dev.unitlint.security.Source;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report of {@code unitlint security}: per service its exposure, label and checks, as text
 * for people or as JSON (version 1, documented in the README).
 */
public final class SecurityReport {

    /**
     * One service's entry.
     *
     * @param path         the unit file as the user named it
     * @param unit         the unit's name
     * @param assessment   its assessment, or null when systemd would not load the unit
     * @param loadError    why systemd would not load it ({@code path:line: message}), or null
     * @param threshold    the exposure (0-100) above which it fails
     * @param policy       the policy file used, or "" for systemd's weights
     * @param suppressions reason per check ID accepted by a suppression comment
     */
    public record Entry(String path, String unit, SecurityAssessment assessment, String loadError, int threshold,
                        String policy, Map<String, String> suppressions) {

        public boolean aboveThreshold() {
            return assessment != null && assessment.exposure() > threshold;
        }
    }

    private SecurityReport() {
    }

    /** Checks as the text report lists them: heaviest first, then in systemd's table order. */
    static List<Result> byWeight(SecurityAssessment assessment) {
        List<Result> sorted = new ArrayList<>(assessment.checks());
        sorted.sort(Comparator.comparingInt(Result::weight).reversed());
        return sorted;
    }

    public static void writeText(List<Entry> entries, Appendable out) throws IOException {
        boolean first = true;
        for (Entry entry : entries) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            if (entry.assessment() == null) {
                out.append(entry.path()).append(": not assessed: systemd would not load ").append(entry.unit())
                        .append(": ").append(entry.loadError()).append('\n');
                continue;
            }
            SecurityAssessment a = entry.assessment();
            out.append(entry.path()).append(": exposure ").append(a.formattedExposure()).append(' ').append(a.label());
            if (entry.aboveThreshold()) {
                out.append(" (above the threshold ").append(Exposure.format(entry.threshold())).append(')');
            }
            if (!entry.policy().isEmpty()) {
                out.append(" (policy ").append(entry.policy()).append(')');
            }
            out.append('\n');
            List<Result> rows = byWeight(a);
            int nameWidth = "CHECK".length();
            int whereWidth = "DECIDED AT".length();
            List<String> wheres = new ArrayList<>();
            for (Result r : rows) {
                nameWidth = Math.max(nameWidth, r.check().setting().length());
                String where = where(a, r);
                wheres.add(where);
                whereWidth = Math.max(whereWidth, where.length());
            }
            String format = "  %s %-" + nameWidth + "s %6s %7s %8s  %-" + whereWidth + "s  %s%n";
            out.append(String.format(format, " ", "CHECK", "WEIGHT", "BADNESS", "EXPOSURE", "DECIDED AT", "")
                    .stripTrailing()).append('\n');
            for (int i = 0; i < rows.size(); i++) {
                Result r = rows.get(i);
                String mark = r.exclusion() == Exclusion.SUPPRESSED ? "~" : !r.applies() ? "-" : r.fails() ? "✗" : "✓";
                String badness = r.applies() || r.exclusion() == Exclusion.SUPPRESSED
                        ? r.badness() + "/" + r.range() : "n/a";
                String share = r.applies() && r.badness() > 0 ? Exposure.format(r.share()) : "";
                String text = r.exclusion() == Exclusion.SUPPRESSED
                        ? "accepted: " + entry.suppressions().getOrDefault(r.check().id(), "")
                        : r.fails() ? r.verdict().description() + "; " + r.verdict().fix() : r.verdict().description();
                out.append(String.format(format, mark, r.check().setting(), r.weight(), badness, share, wheres.get(i),
                        text).stripTrailing()).append('\n');
            }
        }
        if (entries.isEmpty()) {
            out.append("No services to assess among the files given (only .service units are scored).\n");
        }
    }

    /**
     * FILE:LINE of what decided a check, short: the unit file by its name (the report's header
     * gives its path), a drop-in by its folder and name.
     */
    private static String where(SecurityAssessment a, Result r) {
        Optional<Decider> at = Decider.of(a.unit(), r.verdict().source());
        return at.map(d -> shortName(d.file().path()) + ":" + d.span().startLine()).orElse("");
    }

    private static String shortName(String path) {
        String p = path.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        int before = slash <= 0 ? -1 : p.lastIndexOf('/', slash - 1);
        String name = p.substring(slash + 1);
        String folder = slash <= 0 ? "" : p.substring(before + 1, slash);
        return folder.endsWith(".d") ? folder + "/" + name : name;
    }

    public static void writeJson(List<Entry> entries, List<InputError> errors, int release, Appendable out)
            throws IOException {
        ObjectNode root = Json.object();
        root.put("version", JsonReporter.VERSION);
        root.putObject("tool").put("name", "unitlint").put("version", VersionProvider.version());
        root.put("systemdVersion", release);
        ArrayNode units = root.putArray("units");
        for (Entry entry : entries) {
            ObjectNode u = units.addObject();
            u.put("path", entry.path());
            u.put("unit", entry.unit());
            if (entry.assessment() == null) {
                u.put("loadError", entry.loadError());
                continue;
            }
            SecurityAssessment a = entry.assessment();
            u.put("exposure", tenth(a.exposure()));
            u.put("label", a.label());
            u.put("threshold", tenth(entry.threshold()));
            u.put("aboveThreshold", entry.aboveThreshold());
            if (!entry.policy().isEmpty()) {
                u.put("policy", entry.policy());
            }
            ArrayNode checks = u.putArray("checks");
            for (Result r : a.checks()) {
                ObjectNode c = checks.addObject();
                c.put("id", r.check().id());
                c.put("name", r.check().jsonField());
                c.put("setting", r.check().setting());
                c.put("applies", r.applies());
                if (r.badness() >= 0) {
                    c.put("badness", r.badness());
                } else {
                    c.putNull("badness");
                }
                c.put("range", r.range());
                c.put("weight", r.weight());
                c.put("exposure", tenth(r.share()));
                if (r.exclusion() != Exclusion.NONE) {
                    c.put("excludedBy", switch (r.exclusion()) {
                        case NOT_APPLICABLE -> "not-applicable";
                        case BOOT_PHASE -> "default-dependencies";
                        case POLICY -> "policy";
                        case SUPPRESSED -> "suppression";
                        case NONE -> "";
                    });
                }
                if (r.exclusion() == Exclusion.SUPPRESSED) {
                    c.put("suppressionReason", entry.suppressions().getOrDefault(r.check().id(), ""));
                }
                c.put("description", r.verdict().description());
                if (r.badness() > 0) {
                    c.put("fix", r.verdict().fix());
                }
                Source source = r.verdict().source();
                c.put("decidedBy", source.assignment() == null ? "default" : source.implied() ? "implied" : "setting");
                Optional<Decider> at = Decider.of(a.unit(), source);
                if (at.isPresent()) {
                    c.put("path", at.get().file().path());
                    c.put("line", at.get().span().startLine());
                    c.put("column", at.get().span().startColumn());
                } else {
                    c.putNull("path");
                    c.putNull("line");
                }
            }
        }
        ArrayNode errs = root.putArray("errors");
        for (InputError error : errors) {
            errs.addObject().put("file", error.path()).put("message", error.message());
        }
        Json.write(root, out);
    }

    /** 96 as 9.6, a JSON number. */
    private static BigDecimal tenth(int value) {
        return BigDecimal.valueOf(value, 1);
    }
}
