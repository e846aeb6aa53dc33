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
import dev.unitlint.rules.BuiltInRules;
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
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The properties of {@code --fix} over generated unit files: files assembled from the lines the
 * fixable rules look for (misspelt sections and keys, legacy start-limit keys, deprecated names,
 * {@code syslog}, {@code /var/run/}, stray {@code %}, {@code After=network-online.target},
 * trailing comments, a backslash that swallows a line, {@code $NAME} in a word, requirements
 * without ordering, {@code !|}, {@code 5M}, unused suppressions, headers with text after them, ...)
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
        "Socket", "Timer", "X-Extra"};
    /**
     * The lines of each section: mostly drawn in their own section, so that the rules about what a
     * unit means (start limits, ordering, conditions, ...) fire, else anywhere.
     */
    private static final Map<String, String[]> OWN_LINES = Map.of(
        "unit", new String[] {"Description=Generated", "After=network-online.target",
            "After=network.target network-online.target", "Wants=network-online.target", "Documentation=man:x(1)",
            "BindTo=a.service", "RequiresOverridable=b.service", "OnFailureIsolate=yes", "OnFailureIsolate=maybe",
            "StartLimitIntervalSec=0", "StartLimitBurst=3", "Description=Daemon # the main one",
            "Requires=b.service c.service", "BindsTo=c.service", "Requisite=d.service", "After=network \"e.service\"",
            "OnFailure=notify@.service", "OnSuccess=x@%i.service", "ConditionGroup=@system",
            "ConditionVirtualization=!|container", "ConditionFirstBoot=yes", "ConditionNeedsUpdate=/etc",
            "JobTimeoutSec=2M", "OnFailure=%n", "OnFailure=x.service %n a.service"},
        "service", new String[] {"Type=oneshot", "Type=simple", "Restart=always", "Restart=on-success",
            "ExecStart=/usr/bin/daemon --name x-%F", "ExecStart=/usr/bin/date +%H:%M", "ExecStart=/bin/true",
            "ExecStartPre=/usr/bin/printf '%s\\n' x", "StartLimitInterval=60", "StartLimitBurst=3",
            "StartLimitAction=reboot", "FailureAction=none", "MemoryLimit=1G", "MemoryMax=2G", "BlockIOAccounting=yes",
            "ReadWriteDirectories=/var/lib/x", "ProtectSytem=strict", "execstart=/bin/x", "Restrat=no",
            "PIDFile=/var/run/x.pid", "StandardOutput=syslog", "StandardError=syslog+console", "User=a", "User=b",
            "CPUShares=100", "StartLimitInterval=", "ExecStart=/usr/bin/d --conf=$CONF ## note",
            "ExecStop=/usr/bin/stop \\", "ExecStart=/usr/bin/d $DIR/x \"$OPTS\" $1 '$USER_NAME'",
            "Environment=\"OPTS=-v -x\"", "ExecStartPre=/usr/bin/d ${OPTS}", "RestartSec=5M", "CPUQuota=20%",
            "CPUQuotaPeriodSec=5s", "RestrictNetworkInterfaces=eth0", "ExecStop=/usr/bin/stop"},
        "install", new String[] {"WantedBy=multi-user", "WantedBy=multi-user.target", "RequiredBy=app", "Also=helper",
            "WantedBy="},
        "socket", new String[] {"ListenStream=/var/run/x.sock", "ListenStream=192.0.2.1:80", "FreeBind=no",
            "RestrictNetworkInterfaces=eth0", "LimitRTTIME=2000:4000", "TimerSlackNSec=50"},
        "timer", new String[] {"OnUnitActiveSec=1M", "OnCalendar=daily"},
        "mount", new String[] {"What=/dev/sda1", "Where=/srv", "Options=x-systemd.after=b.service"});
    /** Any line: those of every section, and some that belong nowhere. */
    private static final String[] LINES = Stream.concat(
            OWN_LINES.keySet().stream().sorted().flatMap(k -> Arrays.stream(OWN_LINES.get(k))),
            Stream.of("Frobnicate=1", "Description=Second", "# unitlint: disable=SD301,SD305",
                    "# unitlint: disable-file=SD302, SD303 -- why")).toArray(String[]::new);
    /** What may follow a section header on its line: mostly nothing, else text systemd refuses. */
    private static final String[] HEADER_TAILS = {"]", "]", "]", "]", "]", "]", "]", "] junk", "] # note", ""};
    private static final String[] ENDINGS = {"\n", "\n", "\n", "\r\n", "\r", "\n\r", "\0\n"};

    /**
     * A unit file or drop-in of the unit type whose section is {@code ownSection}: sections of chosen
     * lines, with the odd bytes real files have. Most sections are [Unit], the type's own or
     * [Install], where most rules look; the others are drawn from all, misspelt ones included.
     */
    static byte[] generate(Choices c, String ownSection) {
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
            int kind = c.pick(10);
            String section = kind < 3 ? "Unit" : kind < 6 ? ownSection : kind < 7 ? "Install"
                    : SECTIONS[c.pick(SECTIONS.length)];
            write(out, "[" + section + (c.chance(10) ? HEADER_TAILS[c.pick(HEADER_TAILS.length)] : "]") + eol);
            // Misspelt headers get the lines of the section they were meant to be.
            String meant = section.toLowerCase(Locale.ROOT);
            meant = meant.equals("servcie") ? "service" : meant.equals("instal") ? "install" : meant;
            String[] own = OWN_LINES.getOrDefault(meant, LINES);
            int lines = c.pick(7);
            for (int l = 0; l < lines; l++) {
                String line = c.chance(60) ? own[c.pick(own.length)] : LINES[c.pick(LINES.length)];
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

    /**
     * Checks the properties for a base file and, when given, a drop-in; returns how many fixes were
     * checked alone, and adds the rules they belong to to {@code rules}.
     */
    static int check(String name, byte[] baseBytes, byte[] dropInBytes, Set<String> rules) {
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
                rules.add(finding.ruleId());
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

    private static String ownSection(String name) {
        return UnitName.parse(name).orElseThrow().type().ownSection();
    }

    @Test
    void fixesOfGeneratedFiles() {
        Random random = new Random(20261122);
        Choices choices = random::nextInt;
        int fixes = 0;
        Set<String> rules = new TreeSet<>();
        for (int i = 0; i < 250; i++) {
            String name = NAMES[choices.pick(NAMES.length)];
            byte[] base = generate(choices, ownSection(name));
            byte[] dropIn = choices.chance(30) ? generate(choices, ownSection(name)) : null;
            fixes += check(name, base, dropIn, rules);
        }
        // Not a vacuous pass: the generated files hold many fixable findings, of every rule that has fixes.
        org.junit.jupiter.api.Assertions.assertTrue(fixes > 250, "only " + fixes + " fixes were checked");
        Set<String> fixable = new TreeSet<>();
        BuiltInRules.metadata().values().stream().filter(m -> !m.fixes().isEmpty()).forEach(m -> fixable.add(m.id()));
        fixable.removeAll(rules);
        org.junit.jupiter.api.Assertions.assertEquals(Set.of(), fixable, "rules with fixes the generator never exercised");
        System.out.println("FixPropertyTest: " + fixes + " fixes of " + rules.size() + " rules checked alone on 250"
                + " generated units");
    }

    @FuzzTest(maxDuration = "20s")
    void fixes(FuzzedDataProvider data) {
        Choices choices = bound -> data.consumeInt(0, bound - 1);
        String name = NAMES[choices.pick(NAMES.length)];
        byte[] base = generate(choices, ownSection(name));
        byte[] dropIn = choices.chance(30) ? generate(choices, ownSection(name)) : null;
        check(name, base, dropIn, new TreeSet<>());
    }
}
