package dev.unitlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.unitlint.cli.VersionProvider;
import dev.unitlint.lint.InputError;
import dev.unitlint.security.Decider;
import dev.unitlint.security.Exposure;
import dev.unitlint.security.SecurityAssessment;
import dev.unitlint.security.SecurityAssessment.Exclusion;
import dev.unitlint.security.SecurityAssessment.Result;
import dev.unitlint.security.Source;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report of {@code unitlint security}: per service its exposure, label and checks, as text
 * for people or as JSON (version 1, documented in the README). Written one service at a time, so
 * that a tree of thousands of services never has to be held in memory as one report.
 */
public abstract class SecurityReport {

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

    protected final Writer out;

    protected SecurityReport(Writer out) {
        this.out = out;
    }

    public static SecurityReport text(Writer out) {
        return new Text(out);
    }

    public static SecurityReport json(Writer out, int release) throws IOException {
        return new JsonReport(out, release);
    }

    public abstract void write(Entry entry) throws IOException;

    /** Ends the report; {@code errors} are the paths that could not be checked. */
    public abstract void finish(List<InputError> errors) throws IOException;

    /** Checks as the text report lists them: heaviest first, then in systemd's table order. */
    static List<Result> byWeight(SecurityAssessment assessment) {
        List<Result> sorted = new ArrayList<>(assessment.checks());
        sorted.sort(Comparator.comparingInt(Result::weight).reversed());
        return sorted;
    }

    private static final class Text extends SecurityReport {

        private boolean first = true;

        Text(Writer out) {
            super(out);
        }

        @Override
        public void write(Entry entry) throws IOException {
            if (!first) {
                out.append('\n');
            }
            first = false;
            if (entry.assessment() == null) {
                out.append(entry.path()).append(": not assessed: systemd would not load ").append(entry.unit())
                        .append(": ").append(entry.loadError()).append('\n');
                return;
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
            String format = "  %s %-" + nameWidth + "s %6s %7s %8s  %-" + whereWidth + "s  %s";
            out.append(String.format(format, " ", "CHECK", "WEIGHT", "BADNESS", "EXPOSURE", "DECIDED AT", "")
                    .stripTrailing()).append('\n');
            for (int i = 0; i < rows.size(); i++) {
                Result r = rows.get(i);
                boolean suppressed = r.exclusion() == Exclusion.SUPPRESSED;
                String mark = suppressed ? "~" : !r.applies() ? "-" : r.fails() ? "✗" : "✓";
                String badness = r.applies() || suppressed ? r.badness() + "/" + r.range() : "n/a";
                String share = r.applies() && r.badness() > 0 ? Exposure.format(r.share()) : "";
                String text = suppressed ? "accepted: " + entry.suppressions().getOrDefault(r.check().id(), "")
                        : r.fails() ? r.verdict().description() + "; " + r.verdict().fix() : r.verdict().description();
                out.append(String.format(format, mark, r.check().setting(), r.weight(), badness, share, wheres.get(i),
                        text).stripTrailing()).append('\n');
            }
        }

        @Override
        public void finish(List<InputError> errors) throws IOException {
            if (first) {
                out.append("No services to assess among the files given (only .service units are scored).\n");
            }
            out.flush();
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

    private static final class JsonReport extends SecurityReport {

        private final JsonGenerator json;

        JsonReport(Writer out, int release) throws IOException {
            super(out);
            json = Json.generator(out);
            json.writeStartObject();
            json.writeNumberField("version", JsonReporter.VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "unitlint");
            json.writeStringField("version", VersionProvider.version());
            json.writeEndObject();
            json.writeNumberField("systemdVersion", release);
            json.writeArrayFieldStart("units");
        }

        @Override
        public void write(Entry entry) throws IOException {
            json.writeStartObject();
            json.writeStringField("path", entry.path());
            json.writeStringField("unit", entry.unit());
            if (entry.assessment() == null) {
                json.writeStringField("loadError", entry.loadError());
                json.writeEndObject();
                return;
            }
            SecurityAssessment a = entry.assessment();
            json.writeNumberField("systemdVersion", a.release());
            json.writeNumberField("exposure", tenth(a.exposure()));
            json.writeStringField("label", a.label());
            json.writeNumberField("threshold", tenth(entry.threshold()));
            json.writeBooleanField("aboveThreshold", entry.aboveThreshold());
            if (!entry.policy().isEmpty()) {
                json.writeStringField("policy", entry.policy());
            }
            json.writeArrayFieldStart("checks");
            for (Result r : a.checks()) {
                writeCheck(entry, a, r);
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void writeCheck(Entry entry, SecurityAssessment a, Result r) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", r.check().id());
            json.writeStringField("name", r.check().jsonField());
            json.writeStringField("setting", r.check().setting());
            json.writeBooleanField("applies", r.applies());
            if (r.badness() >= 0) {
                json.writeNumberField("badness", r.badness());
            } else {
                json.writeNullField("badness");
            }
            json.writeNumberField("range", r.range());
            json.writeNumberField("weight", r.weight());
            json.writeNumberField("exposure", tenth(r.share()));
            if (r.clamped()) {
                json.writeBooleanField("rangeClamped", true);
            }
            if (r.exclusion() != Exclusion.NONE) {
                json.writeStringField("excludedBy", switch (r.exclusion()) {
                    case NOT_APPLICABLE -> "not-applicable";
                    case BOOT_PHASE -> "default-dependencies";
                    case POLICY -> "policy";
                    case SUPPRESSED -> "suppression";
                    case NONE -> "";
                });
            }
            if (r.exclusion() == Exclusion.SUPPRESSED) {
                json.writeStringField("suppressionReason", entry.suppressions().getOrDefault(r.check().id(), ""));
            }
            json.writeStringField("description", r.verdict().description());
            if (r.badness() > 0) {
                json.writeStringField("fix", r.verdict().fix());
            }
            Source source = r.verdict().source();
            json.writeStringField("decidedBy", source.assignment() == null ? "default"
                    : source.implied() ? "implied" : "setting");
            Optional<Decider> at = Decider.of(a.unit(), source);
            if (at.isPresent()) {
                json.writeStringField("path", at.get().file().path());
                json.writeNumberField("line", at.get().span().startLine());
                json.writeNumberField("column", at.get().span().startColumn());
            } else {
                json.writeNullField("path");
                json.writeNullField("line");
            }
            json.writeEndObject();
        }

        @Override
        public void finish(List<InputError> errors) throws IOException {
            json.writeEndArray();
            json.writeArrayFieldStart("errors");
            for (InputError error : errors) {
                json.writeStartObject();
                json.writeStringField("file", error.path());
                json.writeStringField("message", error.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.append('\n');
            out.flush();
        }
    }

    /** 96 as 9.6, a JSON number. */
    private static BigDecimal tenth(int value) {
        return BigDecimal.valueOf(value, 1);
    }
}
