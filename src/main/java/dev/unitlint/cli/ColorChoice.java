package dev.unitlint.cli;

import java.util.Map;

/** {@code --color}: when to colour the text report. */
public enum ColorChoice {
    AUTO, ALWAYS, NEVER;

    /**
     * {@code NO_COLOR} (non-empty) turns colour off and {@code FORCE_COLOR}/{@code CLICOLOR_FORCE}
     * (non-empty, not 0) on, unless {@code --color} says otherwise; by default only a terminal
     * gets colour.
     */
    public boolean enabled(Map<String, String> env, boolean terminal) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> {
                if (isSet(env.get("NO_COLOR"))) yield false;
                if (isSet(env.get("FORCE_COLOR")) && !"0".equals(env.get("FORCE_COLOR"))) yield true;
                if (isSet(env.get("CLICOLOR_FORCE")) && !"0".equals(env.get("CLICOLOR_FORCE"))) yield true;
                yield terminal;
            }
        };
    }

    /** Lower case, as the help, the error messages and shell completion show the values. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }
}
