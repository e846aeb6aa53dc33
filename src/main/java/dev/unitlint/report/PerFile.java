package dev.unitlint.report;

import java.util.function.UnaryOperator;

/**
 * A conversion of a finding's file (its path escaped, its URI encoded) made once for each run of
 * findings in that file: reports go through findings sorted by file, and converting the same
 * path for each of a file's findings was a fifth of writing a report of 123,000 findings.
 */
final class PerFile {

    private final UnaryOperator<String> conversion;
    private String file;
    private String converted;

    /** @param conversion a function of the file alone (a method reference: nothing captured) */
    PerFile(UnaryOperator<String> conversion) {
        this.conversion = conversion;
    }

    /** The conversion of {@code next}, made again only when it differs from the last file asked for. */
    String of(String next) {
        if (!next.equals(file)) {
            file = next;
            converted = conversion.apply(next);
        }
        return converted;
    }
}
