package dev.unitlint.rules.links;

import dev.unitlint.model.UnitLink;
import dev.unitlint.model.UnitLink.Role;
import dev.unitlint.model.UnitName;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.LinkRule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An alias link (a unit name linked to a unit file of another name in the load path) that
 * systemd rejects, as unit_validate_alias_symlink_or_warn() in src/basic/unit-file.c does
 * since systemd 244: the unit type may not have aliases, the link is a template or instance
 * of a type without templates, template and plain names are mixed, the instances differ, or
 * the type suffixes differ. systemd logs "…, rejecting." and the unit is not known under the
 * link's name.
 */
@RuleId("SD010")
public final class InvalidAliasLink implements LinkRule {

    /** unit_type_may_alias(). */
    private static final Set<UnitType> MAY_ALIAS = EnumSet.of(
            UnitType.SERVICE, UnitType.SOCKET, UnitType.TARGET, UnitType.DEVICE, UnitType.TIMER, UnitType.PATH);
    /** unit_type_may_template(). */
    private static final Set<UnitType> MAY_TEMPLATE = EnumSet.of(
            UnitType.SERVICE, UnitType.SOCKET, UnitType.TARGET, UnitType.TIMER, UnitType.PATH);

    @Override
    public void check(UnitLink link, RuleContext context) {
        if (link.role() != Role.ALIAS) {
            return;
        }
        Optional<UnitName> source = UnitName.parse(link.name());
        Optional<UnitName> target = UnitName.parse(link.targetName());
        if (source.isEmpty() || target.isEmpty()) {
            return;
        }
        reason(source.get(), target.get()).ifPresent(reason -> context.reportLink(link, "systemd rejects this alias"
                + " of " + link.targetName() + ": " + reason + ", so the unit is not known as " + link.name()
                + ". Remove the link, or name it as a unit of the same kind"));
    }

    private static Optional<String> reason(UnitName source, UnitName target) {
        if (!MAY_ALIAS.contains(source.type())) {
            return Optional.of("." + source.type().suffix() + " units cannot have aliases");
        }
        if (source.instance() != null && !MAY_TEMPLATE.contains(source.type())) {
            return Optional.of("." + source.type().suffix() + " units have no templates");
        }
        boolean sameKind = kind(source) == kind(target) || (source.isInstance() && target.isTemplate());
        if (!sameKind) {
            return Optional.of("a " + kindName(source) + " name cannot alias a " + kindName(target));
        }
        if (target.isInstance() && !target.instance().equals(source.instance())) {
            return Optional.of("the instance names differ");
        }
        if (source.type() != target.type()) {
            return Optional.of("the type suffixes differ (." + source.type().suffix() + " and ."
                    + target.type().suffix() + ")");
        }
        return Optional.empty();
    }

    private static int kind(UnitName name) {
        return name.isTemplate() ? 2 : name.isInstance() ? 1 : 0;
    }

    private static String kindName(UnitName name) {
        return name.isTemplate() ? "template" : name.isInstance() ? "instance" : "plain";
    }
}
