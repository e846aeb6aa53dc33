package dev.unitlint.suppress;

import dev.unitlint.findings.Finding;
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Splits findings into those reported and those silenced by a pragma in their file. */
public final class SuppressionFilter {

    private final Map<String, List<Pragma>> pragmasByPath = new HashMap<>();

    public SuppressionFilter(Iterable<UnitFile> files) {
        for (UnitFile file : files) {
            List<Pragma> pragmas = Pragmas.of(file);
            if (!pragmas.isEmpty()) {
                pragmasByPath.put(file.path(), pragmas);
            }
        }
    }

    /** From the pragmas of each file, read earlier (a run keeps them after dropping the syntax trees). */
    public SuppressionFilter(Map<String, List<Pragma>> pragmasByPath) {
        pragmasByPath.forEach((path, pragmas) -> {
            if (!pragmas.isEmpty()) {
                this.pragmasByPath.put(path, pragmas);
            }
        });
    }

    /** The pragma that silences a finding, if any. */
    public Optional<Pragma> suppressing(Finding finding) {
        for (Pragma pragma : pragmasByPath.getOrDefault(finding.path(), List.of())) {
            if (pragma.covers(finding.ruleId(), finding.line())) {
                return Optional.of(pragma);
            }
        }
        return Optional.empty();
    }

    public record Split(List<Finding> reported, List<SuppressedFinding> suppressed) {
    }

    public Split apply(List<Finding> findings) {
        List<Finding> reported = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<Pragma> pragma = suppressing(finding);
            if (pragma.isPresent()) {
                suppressed.add(new SuppressedFinding(finding, pragma.get()));
            } else {
                reported.add(finding);
            }
        }
        return new Split(reported, suppressed);
    }
}
