package dev.unitlint.security;

/** Scores one check for one service: systemd's {@code assess_*()} functions, a few kinds for 81 checks. */
@FunctionalInterface
public interface Assessor {

    Verdict assess(ServiceSettings settings);

    /**
     * What an assessor found.
     *
     * @param badness     0 (good) up to the check's range, or {@link #NOT_APPLICABLE}
     * @param description what the setting in force means for the service
     * @param source      what decided it
     * @param fix         the setting that would make the check pass, or "" when it passes
     */
    record Verdict(int badness, String description, Source source, String fix) {

        /** systemd's UINT64_MAX badness: the check does not apply to this service. */
        public static final int NOT_APPLICABLE = -1;

        static Verdict good(String description, Source source) {
            return new Verdict(0, description, source, "");
        }

        static Verdict bad(int badness, String description, Source source, String fix) {
            return new Verdict(badness, description, source, fix);
        }

        static Verdict notApplicable(String description) {
            return new Verdict(NOT_APPLICABLE, description, Source.DEFAULT, "");
        }
    }
}
