package dev.unitlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.unitlint.findings.Edit;
import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Fix;
import dev.unitlint.fix.FixSession;
import dev.unitlint.fix.TextEdits;
import dev.unitlint.lint.LintOptions;
import dev.unitlint.lint.Linter;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.syntax.SourceText;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.SyntaxProblem;
import dev.unitlint.syntax.UnitFile;
import dev.unitlint.syntax.UnitFileParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The properties of {@code --fix} over generated unit files: files assembled from the lines the
 * fixable rules look for (misspelt sections and keys, legacy start-limit keys, deprecated names,
 * {@code syslog}, {@code /var/run/}, stray {@code %}, {@code After=network-online.target}, ...)
 * mixed with comments, blank lines, continuation lines, CRLF and CR line ends, NULs, a byte
 * order mark, bytes that are not UTF-8 and a missing final newline, as a base file and a drop-in.
 *
 * <ul>
 *   <li>Applied alone, every fix changes no byte outside its edits: the text before, between and
 *       after the edit regions is the original's, and the regions found from the edits' lines and
 *       columns (what SARIF and JSON readers use) are the regions of their offsets.</li>
 *   <li>A fix never makes a file fail to parse: the fixed file has no syntax problem (an invalid
 *       header, a line too long, bytes that are not UTF-8) the original did not have.</li>
 *   <li>Fixing in rounds (unsafe fixes included) stops, and fixing the result again changes
 *       nothing.</li>
 * </ul>
 *
 * <p>{@link #fixesOfGeneratedFiles} checks 250 units from a fixed seed in every {@code mvn verify};
 * {@link #fixes} is the same check under Jazzer, which replays its inputs in a normal run and
 * explores with {@code JAZZER_FUZZ=1} (CI: 20 s).
 */
class FixPropertyTest {

    private static final Linter LINTER = new Linter(LintOptions.defaults());

    /** What the generator draws from: Jazzer's data or a seeded Random. */
    interface Choices {
        int pick(int bound);

        default boolean chance(int percent) {
            return pick(100) < percent;
        }
    }

    private static final String[] SECTIONS = {"Unit", "unit", "Service", "service", "Servcie", "Install", "Instal",
        "Socket", "X-Extra"};
    private static final String[] LINES = {
        "Description=Generated", "After=network-online.target", "After=network.target network-online.target",
        "Wants=network-online.target", "Type=oneshot", "Type=simple", "Restart=always", "Restart=on-success",
        "ExecStart=/usr/bin/daemon --name x-%F", "ExecStart=/usr/bin/date +%H:%M", "ExecStart=/bin/true",
        "ExecStartPre=/usr/bin/printf '%s\\n' x", "StartLimitInterval=60", "StartLimitIntervalSec=0",
        "StartLimitBurst=3", "StartLimitAction=reboot", "FailureAction=none", "MemoryLimit=1G", "MemoryMax=2G",
        "BlockIOAccounting=yes", "BindTo=a.service", "RequiresOverridable=b.service", "OnFailureIsolate=yes",
        "OnFailureIsolate=maybe", "ReadWriteDirectories=/var/lib/x", "ProtectSytem=strict", "execstart=/bin/x",
        "Restrat=no", "WantedBy=multi-user", "WantedBy=multi-user.target", "RequiredBy=app", "Also=helper",
        "PIDFile=/var/run/x.pid", "ListenStream=/var/run/x.sock", "StandardOutput=syslog",
        "StandardError=syslog+console", "User=a", "User=b", "Documentation=man:x(1)", "Frobnicate=1",
        "Description=Second", "CPUShares=100", "StartLimitInterval=", "WantedBy="};
    private static final String[] ENDINGS = {"\n", "\n", "\n", "\r\n", "\r", "\n\r", "\0\n"};

    /** A unit file or drop-in: sections of chosen lines, with the odd bytes real files have. */
    static byte[] generate(Choices c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String eol = ENDINGS[c.pick(ENDINGS.length)];
        if (c.chance(10)) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        int sections = c.pick(4);
        for (int s = 0; s < sections; s++) {
            if (c.chance(20)) {
                write(out, "# comment " + s + eol);
            }
            write(out, "[" + SECTIONS[c.pick(SECTIONS.length)] + "]" + (c.chance(3) ? " junk" : "") + eol);
            int lines = c.pick(7);
            for (int l = 0; l < lines; l++) {
                String line = LINES[c.pick(LINES.length)];
                int shape = c.pick(20);
                if (shape == 0) {
                    line = "  " + line.replace("=", " = ");
                } else if (shape == 1 && line.contains("=")) {
                    // A continuation line, sometimes with a comment line inside it.
                    int at = line.indexOf('=') + 1 + c.pick(Math.max(1, line.length() - line.indexOf('=')));
                    at = Math.min(at, line.length());
                    line = line.substring(0, at) + "\\" + eol + (c.chance(50) ? "# inside" + eol : "")
                            + line.substring(at);
                } else if (shape == 2) {
                    write(out, eol);
                } else if (shape == 3) {
                    out.writeBytes(new byte[] {(byte) (0x80 + c.pick(0x40))});
                }
                String end = c.chance(5) ? ENDINGS[c.pick(ENDINGS.length)] : eol;
                boolean last = s == sections - 1 && l == lines - 1;
                write(out, line + (last && c.chance(30) ? "" : end));
            }
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks the properties for a base file and, when given, a drop-in; returns how many fixes were checked alone. */
    static int check(String name, byte[] baseBytes, byte[] dropInBytes) {
        int checked = 0;
        UnitFile base = UnitFileParser.parse(name, baseBytes);
        List<UnitFile> dropIns = dropInBytes == null ? List.of()
                : List.of(UnitFileParser.parse(name + ".d/override.conf", dropInBytes));
        Unit unit = new Unit(UnitName.parse(name).orElseThrow(), base, dropIns);
        Map<String, UnitFile> files = new TreeMap<>();
        unit.files().forEach(f -> files.put(f.path(), f));
        for (Finding finding : LINTER.lint(unit)) {
            Fix fix = finding.fix();
            if (fix != null) {
                checkAlone(fix, files, finding);
                checked++;
            }
        }
        FixSession.Outcome outcome = FixSession.run(List.of(unit), LINTER::lint, true);
        for (FixSession.FileChange change : outcome.changes().values()) {
            noNewSyntaxProblems(files.get(change.path()), change.fixed(), "after --fix");
        }
        if (!outcome.converged()) {
            throw new AssertionError("fixes did not converge in " + FixSession.MAX_ROUNDS + " rounds: " + describe(files));
        }
        FixSession.Outcome again = FixSession.run(outcome.units(), LINTER::lint, true);
        if (!again.changes().isEmpty()) {
            throw new AssertionError("a second --fix changed " + again.changes().keySet() + " with "
                    + again.appliedByRule() + ": " + describe(files));
        }
        return checked;
    }

    private static void checkAlone(Fix fix, Map<String, UnitFile> files, Finding finding) {
        Map<String, List<Edit>> byPath = new TreeMap<>();
        fix.edits().forEach(e -> byPath.computeIfAbsent(e.path(), p -> new ArrayList<>()).add(e));
        for (Map.Entry<String, List<Edit>> e : byPath.entrySet()) {
            UnitFile file = files.get(e.getKey());
            if (file == null) {
                throw new AssertionError("fix edits a file outside the unit: " + finding);
            }
            String text = file.source().text();
            int[] codePoints = text.codePoints().toArray();
            String fixed = TextEdits.apply(text, e.getValue());
            int[] fixedCodePoints = fixed.codePoints().toArray();
            // Outside the regions, the same code points in the same order: compare piece by piece.
            int from = 0;
            int shift = 0;
            for (Edit edit : e.getValue()) {
                if (edit.end() > codePoints.length) {
                    throw new AssertionError("edit past the end of the file: " + edit + " for " + finding);
                }
                Span expected = file.source().span(edit.start(), edit.end());
                if (!expected.equals(edit.span()) || offset(file, edit.span().startLine(), edit.span().startColumn())
                        != edit.start() || offset(file, edit.span().endLine(), edit.span().endColumn()) != edit.end()) {
                    throw new AssertionError("edit span does not match its offsets: " + edit + " for " + finding);
                }
                equalRange(codePoints, from, fixedCodePoints, from + shift, edit.start() - from, finding);
                int inserted = edit.replacement().codePointCount(0, edit.replacement().length());
                shift += inserted - (edit.end() - edit.start());
                from = edit.end();
            }
            equalRange(codePoints, from, fixedCodePoints, from + shift, codePoints.length - from, finding);
            if (fixedCodePoints.length != codePoints.length + shift) {
                throw new AssertionError("length after the fix is off for " + finding);
            }
            noNewSyntaxProblems(file, SourceText.encode(fixed), "after the fix of " + finding);
        }
    }

    /** The offset of a line and column, counted from the text itself (not via SourceText). */
    private static int offset(UnitFile file, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset += file.source().physicalLine(l).codePointCount(0, file.source().physicalLine(l).length());
            offset += terminatorLength(file, offset);
        }
        return offset + column - 1;
    }

    private static int terminatorLength(UnitFile file, int offset) {
        String text = file.source().text();
        int index = text.offsetByCodePoints(0, offset);
        int length = 0;
        char first = text.charAt(index);
        if (first == 0) {
            return 1;
        }
        length = 1;
        if (index + 1 < text.length()) {
            char next = text.charAt(index + 1);
            if ((first == '\r' && next == '\n') || (first == '\n' && next == '\r')) {
                length = 2;
            }
        }
        if (index + length < text.length() && text.charAt(index + length) == 0) {
            length++;
        }
        return length;
    }

    private static void equalRange(int[] a, int aFrom, int[] b, int bFrom, int length, Finding finding) {
        if (aFrom + length > a.length || bFrom + length > b.length || bFrom < 0
                || !Arrays.equals(a, aFrom, aFrom + length, b, bFrom, bFrom + length)) {
            throw new AssertionError("the fix changed text outside its edits: " + finding);
        }
    }

    /** The fixed text parses with no syntax problem of a kind, or at a count, the original did not have. */
    private static void noNewSyntaxProblems(UnitFile original, byte[] fixed, String when) {
        UnitFile after = Properties.parseRoundTripsWithSpansInside(original.path(), fixed);
        Map<SyntaxProblem.Kind, Integer> before = count(original.problems());
        Map<SyntaxProblem.Kind, Integer> now = count(after.problems());
        for (Map.Entry<SyntaxProblem.Kind, Integer> e : now.entrySet()) {
            if (e.getValue() > before.getOrDefault(e.getKey(), 0)) {
                throw new AssertionError(when + ": new syntax problem " + e.getKey() + " in " + original.path()
                        + ":\n" + original.print() + "\n---\n" + after.print());
            }
        }
    }

    private static Map<SyntaxProblem.Kind, Integer> count(List<SyntaxProblem> problems) {
        Map<SyntaxProblem.Kind, Integer> counts = new TreeMap<>();
        problems.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        return counts;
    }

    private static String describe(Map<String, UnitFile> files) {
        StringBuilder s = new StringBuilder();
        files.values().forEach(f -> s.append("\n== ").append(f.path()).append('\n').append(f.print()));
        return s.toString();
    }

    private static final String[] NAMES = {"a.service", "a.socket", "a.timer", "a.mount", "a@.service"};

    @Test
    void fixesOfGeneratedFiles() {
        Random random = new Random(20261122);
        Choices choices = random::nextInt;
        int fixes = 0;
        for (int i = 0; i < 250; i++) {
            String name = NAMES[choices.pick(NAMES.length)];
            byte[] base = generate(choices);
            byte[] dropIn = choices.chance(30) ? generate(choices) : null;
            fixes += check(name, base, dropIn);
        }
        // Not a vacuous pass: the generated files hold many fixable findings.
        org.junit.jupiter.api.Assertions.assertTrue(fixes > 250, "only " + fixes + " fixes were checked");
        System.out.println("FixPropertyTest: " + fixes + " fixes checked alone on 250 generated units");
    }

    @FuzzTest(maxDuration = "20s")
    void fixes(FuzzedDataProvider data) {
        Choices choices = bound -> data.consumeInt(0, bound - 1);
        String name = NAMES[choices.pick(NAMES.length)];
        byte[] base = generate(choices);
        byte[] dropIn = choices.chance(30) ? generate(choices) : null;
        check(name, base, dropIn);
    }
}
