package dev.unitlint.fix;

import dev.unitlint.findings.Edit;
import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Fix;
import dev.unitlint.model.Unit;
import dev.unitlint.syntax.SourceText;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.syntax.UnitFileParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code --fix} and {@code --diff}: lint, apply the fixes of the findings that do not conflict,
 * parse the edited files again and lint again, until a round has nothing left to apply or the
 * bound is reached. Fixes that overlap one applied in a round wait for the next, where the
 * finding they belong to is found again (or is gone). Nothing is written here: the outcome
 * holds the old and new bytes of each changed file.
 */
public final class FixSession {

    /** Rounds before giving up: each round applies at least one fix, and real files need two or three. */
    public static final int MAX_ROUNDS = 16;

    /**
     * @param original the file's bytes as read
     * @param fixed    the bytes after the fixes
     */
    public record FileChange(String path, byte[] original, byte[] fixed) {
    }

    /**
     * @param units        the units with the fixed files, to report what is left
     * @param findings     the findings of the last lint, on the fixed files
     * @param changes      changed files, by path, in path order
     * @param appliedByRule how many fixes of each rule were applied, by rule ID
     * @param rounds       rounds that applied something
     * @param converged    false when {@link #MAX_ROUNDS} rounds still had fixes to apply
     */
    public record Outcome(List<Unit> units, List<Finding> findings, Map<String, FileChange> changes,
                          Map<String, Integer> appliedByRule, int rounds, boolean converged) {

        public int applied() {
            return appliedByRule.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private FixSession() {
    }

    /**
     * @param units    the units as read
     * @param lint     lints units and returns the findings a report would show (configuration,
     *                 suppressions and baseline applied), so that only those are fixed
     * @param unsafe   also apply unsafe fixes ({@code --unsafe-fixes})
     */
    public static Outcome run(List<Unit> units, Function<List<Unit>, List<Finding>> lint, boolean unsafe) {
        Map<String, byte[]> originals = new TreeMap<>();
        Map<String, Integer> applied = new TreeMap<>();
        List<Unit> current = units;
        List<Finding> findings = lint.apply(current);
        int rounds = 0;
        boolean converged = true;
        while (true) {
            List<Fix> chosen = choose(findings, unsafe, applied);
            if (chosen.isEmpty()) {
                break;
            }
            if (rounds == MAX_ROUNDS) {
                converged = false;
                break;
            }
            rounds++;
            current = apply(current, chosen, originals);
            findings = lint.apply(current);
        }
        Map<String, FileChange> changes = new LinkedHashMap<>();
        Map<String, UnitFile> now = filesByPath(current);
        for (Map.Entry<String, byte[]> e : originals.entrySet()) {
            byte[] fixed = now.get(e.getKey()).toBytes();
            if (!Arrays.equals(fixed, e.getValue())) {
                changes.put(e.getKey(), new FileChange(e.getKey(), e.getValue(), fixed));
            }
        }
        return new Outcome(current, findings, changes, applied, rounds, converged);
    }

    /**
     * The fixes to apply this round, in finding order, each skipped when it conflicts with one
     * already chosen (it waits for the next round). Counts them per rule in {@code applied}.
     */
    static List<Fix> choose(List<Finding> findings, boolean unsafe, Map<String, Integer> applied) {
        List<Fix> chosen = new ArrayList<>();
        Map<String, Integer> counted = new TreeMap<>();
        for (Finding finding : findings) {
            Fix fix = finding.fix();
            if (fix == null || !(fix.isSafe() || unsafe) || chosen.contains(fix)) {
                continue;
            }
            if (chosen.stream().noneMatch(fix::conflictsWith)) {
                chosen.add(fix);
                counted.merge(finding.ruleId(), 1, Integer::sum);
            }
        }
        counted.forEach((rule, n) -> applied.merge(rule, n, Integer::sum));
        return chosen;
    }

    /** Applies the fixes, parses the changed files again and rebuilds the units that hold them. */
    private static List<Unit> apply(List<Unit> units, List<Fix> fixes, Map<String, byte[]> originals) {
        Map<String, List<Edit>> byPath = new TreeMap<>();
        for (Fix fix : fixes) {
            for (Edit edit : fix.edits()) {
                byPath.computeIfAbsent(edit.path(), p -> new ArrayList<>()).add(edit);
            }
        }
        Map<String, UnitFile> files = filesByPath(units);
        // By path: a drop-in shared by several units is one file, whichever object holds it.
        Map<String, UnitFile> replaced = new TreeMap<>();
        for (Map.Entry<String, List<Edit>> e : byPath.entrySet()) {
            UnitFile file = files.get(e.getKey());
            if (file == null) {
                continue;
            }
            originals.putIfAbsent(file.path(), file.toBytes());
            List<Edit> edits = e.getValue().stream().sorted().toList();
            String text = TextEdits.apply(file.source().text(), edits);
            replaced.put(file.path(), UnitFileParser.parse(file.path(), SourceText.encode(text)));
        }
        List<Unit> result = new ArrayList<>(units.size());
        for (Unit unit : units) {
            boolean touched = unit.files().stream().anyMatch(f -> replaced.containsKey(f.path()));
            if (!touched) {
                result.add(unit);
                continue;
            }
            UnitFile base = unit.base().map(b -> replaced.getOrDefault(b.path(), b)).orElse(null);
            List<UnitFile> dropIns = unit.dropIns().stream().map(d -> replaced.getOrDefault(d.path(), d)).toList();
            result.add(new Unit(unit.name(), base, dropIns, unit.aliases()));
        }
        return result;
    }

    private static Map<String, UnitFile> filesByPath(List<Unit> units) {
        Map<String, UnitFile> files = new LinkedHashMap<>();
        for (Unit unit : units) {
            for (UnitFile file : unit.files()) {
                files.putIfAbsent(file.path(), file);
            }
        }
        return files;
    }
}
