package dev.unitlint.rules.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The security rules, SEC001 to SEC081: one per row of systemd's table of checks, in its order
 * ({@link dev.unitlint.security.SecurityChecks}; SecurityRulesTest keeps the two in step).
 */
public final class SecurityRules {

    /** Rows of systemd 252's (and 256's) security_assessor_table[]. */
    static final int COUNT = 81;

    private SecurityRules() {
    }

    public static List<SecurityRule> all() {
        List<SecurityRule> rules = new ArrayList<>(COUNT);
        for (int row = 1; row <= COUNT; row++) {
            rules.add(new SecurityRule("SEC" + (row < 10 ? "00" : "0") + row));
        }
        return rules;
    }
}
