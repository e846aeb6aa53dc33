package dev.unitlint.report;

import java.util.Locale;

/** {@code --format}: the report formats. Only {@code text} is for people; the others print no summary and no colour. */
public enum ReportFormat {
    TEXT, JSON, SARIF, CHECKSTYLE, GITHUB, GITLAB;

    /** @param textStyle how the text report looks; the machine formats have no colour, source lines or summary */
    public Reporter reporter(TextReporter.Style textStyle) {
        return switch (this) {
            case TEXT -> new TextReporter(textStyle);
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case CHECKSTYLE -> new CheckstyleReporter();
            case GITHUB -> new GithubReporter();
            case GITLAB -> new GitlabReporter();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
