package dev.unitlint.testing;

/**
 * One expected finding, written in a fixture as a comment on the line(s) above the
 * offending line:
 *
 * <pre>
 * # BUG: SD301 contains: Restart=always
 * # BUG: SD302 column 15 contains: never trip
 * Restart=always
 * </pre>
 *
 * @param file     fixture file path (as the linter reports it)
 * @param line     the line the finding must start on (the first line after the markers)
 * @param ruleId   the rule that must report it
 * @param column   the column it must start at, or 0 for any
 * @param contains text the message must contain ("" for any)
 * @param markerLine the line of the marker, for error messages
 */
public record Expectation(String file, int line, String ruleId, int column, String contains, int markerLine) {

    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + " " + ruleId
                + (contains.isEmpty() ? "" : " containing \"" + contains + "\"") + " (marker on line " + markerLine + ")";
    }
}
