package dev.unitlint.rules;

import dev.unitlint.findings.Finding;
import dev.unitlint.findings.Fix;
import dev.unitlint.findings.Severity;
import dev.unitlint.model.Assignment;
import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitSet;
import dev.unitlint.syntax.Span;
import dev.unitlint.syntax.UnitFile;
import java.util.List;
import java.util.Optional;

/** What a rule may know about the run, and the only way it reports. */
public final class RuleContext {

    private final RuleHeader rule;
    private final int systemdVersion;
    private final List<Finding> sink;
    private final UnitSet unitSet;
    private boolean askedForUnitSet;
    private boolean askedForVersion;

    public RuleContext(RuleMetadata rule, int systemdVersion, List<Finding> sink) {
        this(RuleHeader.of(rule), systemdVersion, sink, null);
    }

    /**
     * @param unitSet every unit of the system when that is known ({@code --root}, {@code --complete}),
     *                the units given to the run ({@link UnitSet#given}), or null
     */
    public RuleContext(RuleMetadata rule, int systemdVersion, List<Finding> sink, UnitSet unitSet) {
        this(RuleHeader.of(rule), systemdVersion, sink, unitSet);
    }

    /**
     * @param rule    the rule's header ({@link BuiltInRules#header}), which stamps its findings
     * @param unitSet every unit of the system when that is known ({@code --root}, {@code --complete}),
     *                the units given to the run ({@link UnitSet#given}), or null
     */
    public RuleContext(RuleHeader rule, int systemdVersion, List<Finding> sink, UnitSet unitSet) {
        this.rule = rule;
        this.systemdVersion = systemdVersion;
        this.sink = sink;
        this.unitSet = unitSet;
    }

    /**
     * Every unit of the system, when the run knows the whole set; empty otherwise, and then
     * a rule about references between units must stay silent rather than guess.
     */
    public Optional<UnitSet> unitSet() {
        askedForUnitSet = true;
        return Optional.ofNullable(unitSet).filter(UnitSet::isComplete);
    }

    /**
     * The units of this run as a set: every unit of the system when that is known, else the units
     * given. For what the units given decide whatever else the system holds (a cycle among them),
     * or where looking at them can only remove a false alarm.
     */
    public Optional<UnitSet> unitsGiven() {
        askedForUnitSet = true;
        return Optional.ofNullable(unitSet);
    }

    /**
     * The units of this run, for deciding a fix only: whether and where the rule reports must not
     * depend on it, so asking does not make the rule's silence depend on the run (SD901).
     */
    public Optional<UnitSet> unitsGivenForFix() {
        return Optional.ofNullable(unitSet);
    }

    /**
     * Whether the rule asked for the unit set and the run did not have all of it: the rule then
     * said nothing, or only what the units given show, and its silence tells nothing (a cycle may
     * close through a unit not given), so SD901 does not call its suppressions unused.
     */
    public boolean missedUnitSet() {
        return askedForUnitSet && (unitSet == null || !unitSet.isComplete());
    }

    /**
     * Whether the rule asked for the unit set at all: what it said then depends on the other
     * units of the system, which may change, so SD901 reports such a suppression as unused but
     * does not remove it.
     */
    public boolean askedForUnitSet() {
        return askedForUnitSet;
    }

    /**
     * Whether the rule asked for the systemd release: what it said then may differ for another
     * {@code --systemd-version}, and SD901 asks it again at every release before removing a
     * suppression of it.
     */
    public boolean askedForVersion() {
        return askedForVersion;
    }

    /** The systemd release the units will run on ({@code --systemd-version}). */
    public int systemdVersion() {
        askedForVersion = true;
        return systemdVersion;
    }

    /** Reports at a span of a file, with the rule's default severity. */
    public void report(UnitFile file, Span span, String message) {
        report(rule.severity(), file, span, message);
    }

    /**
     * Reports with a severity other than the rule's default, for rules whose document says
     * which cases are more serious (a configured severity still overrides both).
     */
    public void report(Severity severity, UnitFile file, Span span, String message) {
        sink.add(new Finding(rule.id(), rule.name(), severity, file.path(), span, message));
    }

    /**
     * Reports with the repair that {@code --fix} may apply (see {@code dev.unitlint.fix.FileEdits}
     * for building it); an empty {@code fix} reports without one. A rule with fixes says so in
     * its document ({@code fix: safe} or {@code unsafe}), and its fix fixtures show them.
     */
    public void report(UnitFile file, Span span, String message, Optional<Fix> fix) {
        report(rule.severity(), file, span, message, fix);
    }

    /** Reports with a severity of its own and a repair. */
    public void report(Severity severity, UnitFile file, Span span, String message, Optional<Fix> fix) {
        sink.add(new Finding(rule.id(), rule.name(), severity, file.path(), span, message, fix.orElse(null)));
    }

    /** Reports about a symbolic link: at the start of its path, since a link has no text. */
    public void reportLink(UnitLink link, String message) {
        sink.add(new Finding(rule.id(), rule.name(), rule.severity(), link.path(), Span.lineStart(1), message));
    }

    /** Reports at the key of an assignment. */
    public void reportKey(Assignment assignment, String message) {
        report(assignment.file(), assignment.entry().keySpan(), message);
    }

    /** Reports at the value of an assignment. */
    public void reportValue(Assignment assignment, String message) {
        report(assignment.file(), assignment.entry().value().span(), message);
    }

    /** Reports at the key of an assignment, with a repair. */
    public void reportKey(Assignment assignment, String message, Optional<Fix> fix) {
        report(assignment.file(), assignment.entry().keySpan(), message, fix);
    }

    /** Reports at the value of an assignment, with a repair. */
    public void reportValue(Assignment assignment, String message, Optional<Fix> fix) {
        report(assignment.file(), assignment.entry().value().span(), message, fix);
    }
}
