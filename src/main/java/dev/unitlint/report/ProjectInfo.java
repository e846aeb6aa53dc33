package dev.unitlint.report;

import dev.unitlint.BuildInfo;

/**
 * Where unitlint's home page and rule documents are published: SARIF's {@code helpUri}, JSON's
 * {@code url} and the text report's link under each finding's source line all come from here.
 */
public final class ProjectInfo {

    /**
     * The project's home: the pom's {@code <url>}, the one place to change when the repository
     * moves (the release scripts, the action and the pre-commit hook read it there too).
     */
    public static final String HOME = BuildInfo.home();

    private ProjectInfo() {
    }

    /** The rule document of a rule, {@code rules/<id>.md} in the repository. */
    public static String ruleDocument(String ruleId) {
        return HOME + "/blob/main/rules/" + ruleId + ".md";
    }
}
