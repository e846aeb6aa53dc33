package dev.unitlint.suppress;

import dev.unitlint.syntax.Span;
import java.util.List;

/**
 * One suppression comment: {@code # unitlint: disable=SD301,SD302 -- reason} (for the line
 * below) or {@code # unitlint: disable-file=SD301} (for the whole file).
 *
 * @param path          the file the comment is in
 * @param span          the comment itself, where an unused suppression is reported
 * @param ruleIds       the rules it names, as written (IDs in any case, or names)
 * @param resolvedIds   for each of {@code ruleIds}, the rule's ID, or the text as written when it names no rule
 * @param fileWide      true for {@code disable-file}
 * @param firstLine     first physical line it covers (for {@code disable}: the line below the comment block)
 * @param lastLine      last physical line it covers (a continued entry spans several); 0 when it covers no line
 * @param justification the text after {@code --}, or empty
 */
public record Pragma(String path, Span span, List<String> ruleIds, List<String> resolvedIds, boolean fileWide,
                     int firstLine, int lastLine, String justification) {

    /** True when this pragma silences the given rule at the given line. */
    public boolean covers(String ruleId, int line) {
        return resolvedIds.contains(ruleId) && (fileWide || (line >= firstLine && line <= lastLine));
    }
}
