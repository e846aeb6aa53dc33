package dev.unitlint.fix;

import dev.unitlint.findings.Edit;
import java.util.List;

/** Applies edits to the text of one file. */
public final class TextEdits {

    private TextEdits() {
    }

    /**
     * The text with the edits applied. The edits are of this text's file, in order
     * ({@link Edit#compareTo}) and free of conflicts ({@link Edit#conflictsWith}); offsets count
     * code points, so a character outside the BMP is one, as in spans.
     */
    public static String apply(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int cursorChar = 0;
        int cursorCodePoint = 0;
        for (Edit edit : edits) {
            if (edit.start() < cursorCodePoint) {
                throw new IllegalArgumentException("edits out of order or overlapping: " + edits);
            }
            int startChar = text.offsetByCodePoints(cursorChar, edit.start() - cursorCodePoint);
            int endChar = text.offsetByCodePoints(startChar, edit.end() - edit.start());
            out.append(text, cursorChar, startChar).append(edit.replacement());
            cursorChar = endChar;
            cursorCodePoint = edit.end();
        }
        return out.append(text, cursorChar, text.length()).toString();
    }
}
