package dev.unitlint.security;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.security.Assessor.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The security assessment of one service, as {@code systemd-analyze security --offline=true}
 * makes it (assess() in src/analyze/analyze-security.c): every check of the target release's
 * table scored, the checks that do not apply left out of the sums, the exposure and its label.
 *
 * @param unit     the service
 * @param release  the systemd release it was assessed for
 * @param checks   one result per check of the table, in the table's order
 * @param exposure 0 to 100 (systemd prints it divided by ten)
 * @param loadError why systemd would refuse to load the unit because of a setting the assessment
 *                 reads (DynamicUser=maybe), or null; the scores are then meaningless
 */
public record SecurityAssessment(Unit unit, int release, List<Result> checks, int exposure, String loadError) {

    /** Why a check does not count. */
    public enum Exclusion {
        /** It counts. */
        NONE,
        /** The assessor says it does not apply (a privileged service's SupplementaryGroups=, RemoveIPC=). */
        NOT_APPLICABLE,
        /** DefaultDependencies=no: "Service runs in special boot phase, option is not appropriate". */
        BOOT_PHASE,
        /** The security policy gives it weight 0. */
        POLICY,
        /** A {@code # unitlint: disable=SECnnn -- reason} comment accepts it. */
        SUPPRESSED
    }

    /**
     * One check's result.
     *
     * @param check     the table row
     * @param weight    the weight used (the policy's, else the table's)
     * @param range     the range used; raised to the badness when a policy sets it lower (clamped)
     * @param verdict   what the assessor found; badness {@link Verdict#NOT_APPLICABLE} when it does not apply
     * @param exclusion why it does not count, or {@link Exclusion#NONE}
     * @param share     what the check adds to the exposure (0 to 100), as systemd's EXPOSURE column
     * @param clamped   the policy's range was below the badness and was raised to it
     */
    public record Result(SecurityCheck check, int weight, int range, Verdict verdict, Exclusion exclusion, int share,
                         boolean clamped) {

        public boolean applies() {
            return exclusion == Exclusion.NONE;
        }

        public int badness() {
            return verdict.badness();
        }

        /** Applies and is not perfect. */
        public boolean fails() {
            return applies() && verdict.badness() > 0;
        }
    }

    public String label() {
        return Exposure.label(exposure);
    }

    /** "9.6" */
    public String formattedExposure() {
        return Exposure.format(exposure);
    }

    /** The result of one check, by rule ID; empty when the target release's table has no such row. */
    public Optional<Result> result(String checkId) {
        return Optional.ofNullable(resultOrNull(checkId));
    }

    /** {@link #result} without the Optional, for the 81 rules that each ask for one result per unit. */
    public Result resultOrNull(String checkId) {
        // IDs are SEC and the row number: look at that row first (the table of 253/254 lacks one row).
        int row = (checkId.charAt(3) - '0') * 100 + (checkId.charAt(4) - '0') * 10 + (checkId.charAt(5) - '0') - 1;
        if (row >= 0 && row < checks.size() && checks.get(row).check().id().equals(checkId)) {
            return checks.get(row);
        }
        for (Result r : checks) {
            if (r.check().id().equals(checkId)) {
                return r;
            }
        }
        return null;
    }

    /** Whether systemd would score the unit: services only. */
    public static boolean scored(Unit unit) {
        return unit.type() == UnitType.SERVICE;
    }

    /**
     * The assessment with systemd's weights, computed once per unit and release: the 81 rules of a
     * unit run one after the other on one thread, so the last assessment of the thread serves
     * them all, and no assessment outlives its unit's turn (a corpus holds thousands of units).
     */
    public static SecurityAssessment of(Unit unit, int release) {
        SecurityAssessment last = LAST.get();
        if (last != null && last.unit() == unit && last.release() == release) {
            return last;
        }
        SecurityAssessment fresh = assess(unit, release, SecurityPolicy.NONE, List.of());
        LAST.set(fresh);
        return fresh;
    }

    private static final ThreadLocal<SecurityAssessment> LAST = new ThreadLocal<>();

    /**
     * Assesses a service.
     *
     * @param policy     weights and ranges ({@link SecurityPolicy#NONE} for systemd's)
     * @param suppressed IDs of checks a suppression comment accepts for this unit; they count as excluded
     */
    public static SecurityAssessment assess(Unit unit, int release, SecurityPolicy policy, List<String> suppressed) {
        ServiceSettings settings = ServiceSettings.read(unit, release);
        boolean defaultDependencies = settings.defaultDependencies.value();
        List<SecurityCheck> table = SecurityChecks.inRelease(release);
        List<Verdict> verdicts = new ArrayList<>(table.size());
        List<Exclusion> exclusions = new ArrayList<>(table.size());
        List<Integer> ranges = new ArrayList<>(table.size());
        List<Boolean> clamps = new ArrayList<>(table.size());
        long badnessSum = 0;
        long weightSum = 0;
        for (SecurityCheck check : table) {
            int weight = policy.weight(check);
            int range = policy.range(check);
            Verdict verdict;
            Exclusion exclusion;
            if (check.defaultDependenciesOnly() && !defaultDependencies) {
                verdict = Verdict.notApplicable("the service runs in an early boot phase (DefaultDependencies=no),"
                        + " where the setting is not appropriate");
                verdict = new Verdict(verdict.badness(), verdict.description(), settings.defaultDependencies.source(),
                        "");
                exclusion = Exclusion.BOOT_PHASE;
            } else if (weight == 0) {
                verdict = Verdict.notApplicable("the security policy excludes the check (weight 0)");
                exclusion = Exclusion.POLICY;
            } else {
                verdict = check.assessor().assess(settings);
                exclusion = verdict.badness() == Verdict.NOT_APPLICABLE ? Exclusion.NOT_APPLICABLE
                        : suppressed.contains(check.id()) ? Exclusion.SUPPRESSED : Exclusion.NONE;
            }
            boolean clamped = false;
            if (exclusion == Exclusion.NONE && verdict.badness() > range) {
                // systemd asserts badness <= range and aborts; the check then counts as fully bad.
                range = verdict.badness();
                clamped = true;
            }
            if (exclusion == Exclusion.NONE) {
                badnessSum += Exposure.badnessShare(verdict.badness(), weight, range);
                weightSum += weight;
            }
            verdicts.add(verdict);
            exclusions.add(exclusion);
            ranges.add(range);
            clamps.add(clamped);
        }
        List<Result> results = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            SecurityCheck check = table.get(i);
            Verdict verdict = verdicts.get(i);
            int weight = policy.weight(check);
            int share = exclusions.get(i) == Exclusion.NONE
                    ? Exposure.checkShare(verdict.badness(), weight, ranges.get(i), weightSum) : 0;
            results.add(new Result(check, weight, ranges.get(i), verdict, exclusions.get(i), share, clamps.get(i)));
        }
        return new SecurityAssessment(unit, release, Collections.unmodifiableList(results),
                Exposure.of(badnessSum, weightSum), settings.loadError);
    }
}
