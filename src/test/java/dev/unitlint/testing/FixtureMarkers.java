package dev.unitlint.testing;

import dev.unitlint.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the expectations and options written in a fixture's comments:
 * {@code # BUG: SDnnn [line N] [column N] [contains: text]} (SECnnn for a security rule) applies to the next line that is
 * not a marker, or to line N when given (for findings on line 1, which nothing can precede); {@code # fixture: systemd-version=N} sets the target release for the fixture.
 */
public final class FixtureMarkers {

    private static final Pattern BUG = Pattern.compile(
            "^\\s*[#;]\\s*BUG:\\s*(" + RuleMetadata.ID_PATTERN + ")(?:\\s+line\\s+(\\d+))?(?:\\s+column\\s+(\\d+))?"
            + "(?:\\s+contains:\\s*(.*?))?\\s*$");
    private static final Pattern OPTION = Pattern.compile("^\\s*[#;]\\s*fixture:\\s*systemd-version=(\\d+)\\s*$");

    private final List<Expectation> expectations;
    private final Integer systemdVersion;

    private FixtureMarkers(List<Expectation> expectations, Integer systemdVersion) {
        this.expectations = expectations;
        this.systemdVersion = systemdVersion;
    }

    /** Markers of a fixture, read line by line (any line terminator). */
    public static FixtureMarkers read(String file, String text) {
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<Expectation> expectations = new ArrayList<>();
        List<Matcher> pending = new ArrayList<>();
        List<Integer> pendingLines = new ArrayList<>();
        Integer version = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            Matcher bug = BUG.matcher(lines[i]);
            Matcher option = OPTION.matcher(lines[i]);
            if (bug.matches() && bug.group(2) != null) {
                expectations.add(expectation(file, bug, Integer.parseInt(bug.group(2)), lineNumber));
                continue;
            }
            if (bug.matches()) {
                pending.add(bug);
                pendingLines.add(lineNumber);
                continue;
            }
            if (option.matches()) {
                version = Integer.parseInt(option.group(1));
                continue;
            }
            for (int p = 0; p < pending.size(); p++) {
                expectations.add(expectation(file, pending.get(p), lineNumber, pendingLines.get(p)));
            }
            pending.clear();
            pendingLines.clear();
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + pendingLines.get(0) + ": BUG marker with no line after it");
        }
        return new FixtureMarkers(expectations, version);
    }

    private static Expectation expectation(String file, Matcher m, int line, int markerLine) {
        return new Expectation(file, line, m.group(1), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                m.group(4) == null ? "" : m.group(4), markerLine);
    }

    public List<Expectation> expectations() {
        return expectations;
    }

    /** The target release the fixture asks for, or null for the default. */
    public Integer systemdVersion() {
        return systemdVersion;
    }
}
