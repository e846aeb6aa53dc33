package dev.unitlint.security;

import java.util.Locale;

/**
 * One row of systemd's table of security checks ({@code security_assessor_table[]} in
 * src/analyze/analyze-security.c): what it looks at, how much it weighs, and the assessor that
 * scores it.
 *
 * @param id                      unitlint's rule ID, SEC001 to SEC081 in the table's order
 * @param setting                 systemd's name of the check, as its table prints it ({@code PrivateNetwork=})
 * @param jsonField               systemd's {@code json_field}, the key of a security policy and of
 *                                {@code --json} output, spelt as systemd 252 spells it
 * @param weight                  how much the check counts in the exposure
 * @param range                   the highest badness the assessor gives
 * @param defaultDependenciesOnly the check does not apply to a service with DefaultDependencies=no
 *                                ("Service runs in special boot phase, option is not appropriate")
 * @param since                   the first systemd release whose table has the check
 * @param assessor                scores the check for one service
 */
public record SecurityCheck(String id, String setting, String jsonField, int weight, int range,
                            boolean defaultDependenciesOnly, int since, Assessor assessor) {

    /**
     * The kebab-case rule name, made from the json_field with the long prefixes shortened:
     * {@code private-network}, {@code cap-sys-admin} (CapabilityBoundingSet_CAP_SYS_ADMIN),
     * {@code address-family-inet-inet6}, {@code namespace-user}, {@code syscall-filter-raw-io}.
     */
    public String ruleName() {
        String field = jsonField.replace(")", "")
                .replace("CapabilityBoundingSet_CAP_", "CAP_")
                .replace("RestrictAddressFamilies_AF_", "AddressFamily_")
                .replace("RestrictAddressFamilies_", "AddressFamily_")
                .replace("RestrictNamespaces_", "Namespace_")
                .replace("SystemCallFilter_", "SyscallFilter_")
                .replace("UMask", "Umask")
                .replace("SUIDSGID", "SuidSgid");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '_') {
                out.append('-');
            } else if (Character.isUpperCase(c) && i > 0 && field.charAt(i - 1) != '_'
                    && (Character.isLowerCase(field.charAt(i - 1))
                        || i + 1 < field.length() && Character.isLowerCase(field.charAt(i + 1)))) {
                out.append('-').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the target release's table has the check. CAP_BPF came with the 252.20 stable
     * release (Debian bookworm's 252 has it) and with 255; 253 and 254 never had it.
     */
    public boolean existsIn(int release) {
        if (jsonField.equals("CapabilityBoundingSet_CAP_BPF")) {
            return release == 252 || release >= 255;
        }
        return release >= since;
    }
}
