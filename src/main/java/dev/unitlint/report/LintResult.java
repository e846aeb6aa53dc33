package dev.unitlint.report;

import dev.unitlint.findings.Finding;
import dev.unitlint.lint.InputError;
import dev.unitlint.suppress.SuppressedFinding;
import dev.unitlint.syntax.SourceText;
import dev.unitlint.syntax.UnitFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything a report needs: the findings (suppressed ones included, marked), the text of the
 * files they point into (for source lines and snippets; not their syntax trees, which a run
 * drops as it goes), the files that could not be read, and the working directory paths are
 * made relative to.
 */
public final class LintResult {

    private final List<ReportedFinding> findings;
    private final Map<String, SourceText> files;
    private final List<InputError> errors;
    private final Path workingDirectory;

    private LintResult(List<ReportedFinding> findings, Map<String, SourceText> files, List<InputError> errors,
                       Path workingDirectory) {
        this.findings = List.copyOf(findings);
        this.files = files;
        this.errors = List.copyOf(errors);
        this.workingDirectory = workingDirectory;
    }

    /**
     * @param reported         findings to report
     * @param suppressed       findings silenced in the source (only SARIF shows them)
     * @param files            every parsed file
     * @param errors           paths that could not be checked
     * @param workingDirectory absolute; report URIs are relative to it
     */
    public static LintResult of(List<Finding> reported, List<SuppressedFinding> suppressed, Collection<UnitFile> files,
                                List<InputError> errors, Path workingDirectory) {
        return of(reported, suppressed, files, errors, workingDirectory, true);
    }

    /**
     * @param withFingerprints false to skip hashing when nothing will read the fingerprints (the text
     *                         report without a baseline): SHA-256 costs start-up time in a pre-commit hook
     */
    public static LintResult of(List<Finding> reported, List<SuppressedFinding> suppressed, Collection<UnitFile> files,
                                List<InputError> errors, Path workingDirectory, boolean withFingerprints) {
        Map<String, SourceText> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.putIfAbsent(f.path(), f.source()));
        return fromSources(reported, suppressed, byPath, errors, workingDirectory, withFingerprints);
    }

    /**
     * @param sources the text of every checked file, by path
     * @see #of(List, List, Collection, List, Path, boolean)
     */
    public static LintResult fromSources(List<Finding> reported, List<SuppressedFinding> suppressed,
                                         Map<String, SourceText> sources, List<InputError> errors,
                                         Path workingDirectory, boolean withFingerprints) {
        Map<String, SourceText> byPath = new LinkedHashMap<>(sources);
        record Pending(Finding finding, boolean suppressed, String justification) {
        }
        List<Pending> all = new ArrayList<>();
        reported.forEach(f -> all.add(new Pending(f, false, "")));
        suppressed.forEach(s -> all.add(new Pending(s.finding(), true, s.justification())));
        all.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        Fingerprints fingerprints = new Fingerprints();
        List<ReportedFinding> result = new ArrayList<>();
        Map<String, String> uris = new HashMap<>();
        for (Pending p : all) {
            // A call per finding rather than the work inline: see TextReporter.write.
            result.add(reported(p.finding(), p.suppressed(), p.justification(), uris, fingerprints, byPath,
                    workingDirectory, withFingerprints));
        }
        return new LintResult(result, byPath, errors, workingDirectory);
    }

    private static ReportedFinding reported(Finding finding, boolean suppressed, String justification,
                                            Map<String, String> uris, Fingerprints fingerprints,
                                            Map<String, SourceText> byPath, Path workingDirectory,
                                            boolean withFingerprints) {
        String uri = uris.get(finding.path());
        if (uri == null) {
            uri = Uris.relative(finding.path(), workingDirectory);
            uris.put(finding.path(), uri);
        }
        String fingerprint = withFingerprints ? fingerprints.next(finding, uri, byPath.get(finding.path())) : "";
        return new ReportedFinding(finding, uri, fingerprint, suppressed, justification);
    }

    /** A copy without the reported findings the predicate rejects (suppressed ones stay), e.g. for a baseline. */
    public LintResult keepReported(Predicate<ReportedFinding> keep) {
        return new LintResult(findings.stream().filter(f -> f.suppressed() || keep.test(f)).toList(), files, errors,
                workingDirectory);
    }

    /** All findings, suppressed ones included, sorted by file and position. */
    public List<ReportedFinding> all() {
        return findings;
    }

    /** The findings to show: not suppressed. */
    public List<ReportedFinding> reported() {
        List<ReportedFinding> result = reported;
        if (result == null) {
            // Made once: the report, the failure threshold and the summary each ask for it.
            reported = result = findings.stream().filter(f -> !f.suppressed()).toList();
        }
        return result;
    }

    private volatile List<ReportedFinding> reported;

    /** The text of a checked file, when the run read it. */
    public Optional<SourceText> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** The text of a physical line of a file, or empty when the file is not known. */
    public String lineText(String path, int line) {
        SourceText file = files.get(path);
        return file == null ? "" : file.physicalLine(line);
    }

    /** How many files were parsed and checked (unit files and drop-ins). */
    public int fileCount() {
        return files.size();
    }

    public List<InputError> errors() {
        return errors;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }
}
