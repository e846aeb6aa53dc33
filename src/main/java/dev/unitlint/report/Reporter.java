package dev.unitlint.report;

import java.io.IOException;

/** Writes a report of one run in one format. */
public interface Reporter {

    void write(LintResult result, Appendable out) throws IOException;
}
