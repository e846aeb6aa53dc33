package dev.unitlint.security;

import dev.unitlint.model.Assignment;

/**
 * What decided a security-relevant setting: nothing (systemd's default applies, and a finding
 * goes to the unit's {@code [Service]} header), the setting's own assignment, or another
 * directive that implies it (DynamicUser=yes implies PrivateTmp=yes; ProtectClock=yes takes
 * CAP_SYS_TIME out of the bounding set).
 *
 * @param assignment the assignment, or null for the default
 * @param implies    when {@code assignment} is another directive that implies the setting: what
 *                   it implies ({@code ProtectHome=read-only}); else null
 */
public record Source(Assignment assignment, String implies) {

    public static final Source DEFAULT = new Source(null, null);

    public static Source set(Assignment assignment) {
        return new Source(assignment, null);
    }

    public static Source impliedBy(Assignment assignment, String implies) {
        return assignment == null ? DEFAULT : new Source(assignment, implies);
    }

    public boolean implied() {
        return implies != null;
    }

    public boolean isDefault() {
        return assignment == null;
    }
}
