package dev.unitlint.rules.effect;

import dev.unitlint.findings.Severity;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import dev.unitlint.values.TimeSpan;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * [Timer] settings that systemd.timer(5) says only have an effect on calendar timers
 * (Persistent=, RandomizedOffsetSec=, DeferReactivation=) or together with
 * RandomizedDelaySec= (FixedRandomDelay=).
 */
@RuleId("SD324")
public final class TimerSettingWithoutEffect extends IneffectiveSettings {

    /** The keys that fill a timer's one list of triggers; an empty one resets them all. */
    static final List<String> TRIGGERS = List.of("OnActiveSec", "OnBootSec", "OnStartupSec", "OnUnitActiveSec",
            "OnUnitInactiveSec", "OnCalendar");

    private static List<Row> table() {
        return List.of(
                new Row("Timer", "Persistent", IneffectiveSettings::yes, f -> afterBoot(f).isPresent()
                        ? Optional.empty() : withoutCalendar(f, "systemd records the last trigger only for OnCalendar="
                                + " timers, so missed monotonic runs (OnUnitActiveSec=, …) are not caught up")),
                // A timer that also elapses after each boot runs the unit then anyway, which is all that
                // catching up would do: the line is only redundant (info, as a duplicate is).
                new Row("Timer", "Persistent", IneffectiveSettings::yes, f -> afterBoot(f).isEmpty()
                        ? Optional.empty() : withoutCalendar(f, "systemd records the last trigger only for OnCalendar="
                                + " timers; nothing is lost, as " + afterBoot(f).get() + "= already runs the unit after"
                                + " each boot"), Severity.INFO),
                new Row("Timer", "RandomizedOffsetSec", v -> TimeSpan.parse(v).orElse(0) > 0, f -> withoutCalendar(f,
                        "the offset applies to OnCalendar= timers only")),
                new Row("Timer", "DeferReactivation", IneffectiveSettings::yes, f -> withoutCalendar(f,
                        "it changes how the next OnCalendar= elapse is scheduled")),
                new Row("Timer", "FixedRandomDelay", IneffectiveSettings::yes, f -> {
                    OptionalLong delay = Settings.timeSpan(f.unit(), "Timer", "RandomizedDelaySec");
                    return because(delay.isEmpty() || delay.getAsLong() == 0, "it fixes the random delay of"
                            + " RandomizedDelaySec=, which is 0 here. Set RandomizedDelaySec=, or remove the line");
                }));
    }

    public TimerSettingWithoutEffect() {
        super(TimerSettingWithoutEffect::table);
    }

    @Override
    boolean appliesTo(Unit unit) {
        return unit.type() == UnitType.TIMER;
    }

    /** The trigger that elapses after each boot (OnBootSec=, OnStartupSec=, OnActiveSec=), if any. */
    private static Optional<String> afterBoot(Facts f) {
        return Settings.sharedList(f.unit(), "Timer", TRIGGERS).stream().map(a -> a.key())
                .filter(k -> k.equals("OnBootSec") || k.equals("OnStartupSec") || k.equals("OnActiveSec")).findFirst();
    }

    private static Optional<String> withoutCalendar(Facts f, String why) {
        boolean calendar = Settings.sharedList(f.unit(), "Timer", TRIGGERS).stream()
                .anyMatch(a -> a.key().equals("OnCalendar"));
        return because(!calendar, "this timer has no OnCalendar=, and " + why + " (systemd.timer(5)). Use"
                + " OnCalendar=, or remove the line");
    }
}
