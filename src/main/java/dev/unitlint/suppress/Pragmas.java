package dev.unitlint.suppress;

import dev.unitlint.rules.RuleNames;
import dev.unitlint.syntax.CommentLine;
import dev.unitlint.syntax.Line;
import dev.unitlint.syntax.UnitFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the suppression comments of a unit file. Unit files have no trailing comments (a
 * {@code #} after a value is part of the value), so a pragma sits on a comment line of its
 * own: {@code disable=} covers the first line below its block of comment lines (the whole
 * logical line, if it is continued), {@code disable-file=} the whole file.
 */
public final class Pragmas {

    /**
     * {@code # unitlint: disable=SD301, SD302 -- reason}; {@code ;} comments work too, and so does
     * the colon-less {@code # unitlint disable=SD301} of hadolint and ShellCheck.
     */
    private static final Pattern PRAGMA = Pattern.compile(
            "^[#;]\\s*unitlint(?::\\s*|\\s+)(disable|disable-file)\\s*=\\s*([^\\s,]+(?:\\s*,\\s*[^\\s,]+)*)\\s*(?:--\\s*(.*?))?\\s*$");

    /** Loose detection, to report pragmas that are misspelt rather than ignore them silently. */
    private static final Pattern LOOKS_LIKE_PRAGMA = Pattern.compile("^[#;]\\s*unitlint(\\s*:|\\s+disable).*");

    private Pragmas() {
    }

    /** Every pragma names unitlint: a cheap test before the regular expressions, for the many other comments. */
    private static boolean mentionsUnitlint(CommentLine comment) {
        return comment.text().contains("unitlint");
    }

    /** The well-formed pragmas of a file, in file order. */
    public static List<Pragma> of(UnitFile file) {
        List<Pragma> pragmas = new ArrayList<>();
        List<Line> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!(lines.get(i) instanceof CommentLine comment) || !mentionsUnitlint(comment)) {
                continue;
            }
            Matcher m = PRAGMA.matcher(comment.text().strip());
            if (!m.matches()) {
                continue;
            }
            boolean fileWide = m.group(1).equals("disable-file");
            List<String> ids = Arrays.stream(m.group(2).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            String reason = m.group(3) == null ? "" : m.group(3);
            int first = 0;
            int last = 0;
            if (!fileWide) {
                Line target = null;
                for (int j = i + 1; j < lines.size(); j++) {
                    if (!(lines.get(j) instanceof CommentLine)) {
                        target = lines.get(j);
                        break;
                    }
                }
                // A blank line or the end of the file below the comments: the pragma covers nothing.
                if (target != null && !target.raw().isBlank()) {
                    first = target.firstLine();
                    last = target.lastLine();
                }
            }
            // disable=restart-always-oneshot works as disable=SD301 does.
            List<String> resolved = ids.stream().map(id -> RuleNames.resolve(id).orElse(id)).toList();
            pragmas.add(new Pragma(file.path(), comment.span(), ids, resolved, fileWide, first, last, reason));
        }
        return pragmas;
    }

    /**
     * Where the rules a pragma names are written in its comment line: for each, {@code [from, to)}
     * character indices into {@code line} (the physical line), in order; empty when the line is
     * not a pragma. For a fix that takes one of them out.
     */
    public static List<int[]> ruleRanges(String line) {
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
            lead++;
        }
        Matcher m = PRAGMA.matcher(line.substring(lead).strip());
        List<int[]> ranges = new ArrayList<>();
        if (!m.matches()) {
            return ranges;
        }
        Matcher word = Pattern.compile("[^\\s,]+").matcher(m.group(2));
        while (word.find()) {
            ranges.add(new int[] {lead + m.start(2) + word.start(), lead + m.start(2) + word.end()});
        }
        return ranges;
    }

    /** Comment lines that start like a pragma but do not parse, so they would silently do nothing. */
    public static List<CommentLine> malformed(UnitFile file) {
        List<CommentLine> bad = new ArrayList<>();
        for (CommentLine comment : file.comments()) {
            if (!mentionsUnitlint(comment)) {
                continue;
            }
            String text = comment.text().strip();
            if (LOOKS_LIKE_PRAGMA.matcher(text).matches() && !PRAGMA.matcher(text).matches()) {
                bad.add(comment);
            }
        }
        return bad;
    }
}
