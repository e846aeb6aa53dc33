package dev.unitlint.report;

import java.util.Locale;

/** {@code --format}: the report formats. Only {@code text} is for people; the others print no summary and no colour. */
public enum ReportFormat {
    TEXT, JSON, SARIF, CHECKSTYLE, GITHUB, GITLAB;

    public Reporter reporter(boolean color) {
        return switch (this) {
            case TEXT -> new TextReporter(color);
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
