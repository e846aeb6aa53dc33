package dev.unitlint.rules.restart;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.values.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unit names listed in OnFailure= or OnSuccess=, word by word, with the specifiers that
 * name the unit itself resolved (%n, %N, %p, %i, %I, %j, %%). Dependencies accumulate
 * across assignments and drop-ins; an empty assignment does not clear them.
 */
final class TriggeredUnits {

    /** Stands for the instance of a template, which is only known when it is instantiated. */
    static final String ANY_INSTANCE = "INSTANCE";

    /** One word of a dependency list. */
    record Name(Assignment assignment, String written, Optional<String> resolved, int from, int to) {
    }

    private TriggeredUnits() {
    }

    static List<Name> of(Unit unit, String key) {
        List<Name> names = new ArrayList<>();
        for (Assignment assignment : unit.assignments("Unit", key)) {
            for (Words.Word word : Words.split(assignment.value())) {
                names.add(new Name(assignment, word.text(), resolve(word.text(), unit.name()), word.start(), word.end()));
            }
        }
        return names;
    }

    /** The unit's own name, with a template standing for any of its instances. */
    static String selfName(UnitName name) {
        return name.isTemplate() ? name.prefix() + "@" + ANY_INSTANCE + "." + name.type().suffix() : name.name();
    }

    /** Resolves the specifiers that name this unit; empty when another specifier is used. */
    static Optional<String> resolve(String word, UnitName name) {
        String instance = name.isTemplate() ? ANY_INSTANCE : (name.instance() == null ? "" : name.instance());
        String self = selfName(name);
        String stem = self.substring(0, self.lastIndexOf('.'));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 1 >= word.length()) {
                return Optional.empty();
            }
            char spec = word.charAt(++i);
            switch (spec) {
                case 'n' -> out.append(self);
                case 'N' -> out.append(stem);
                case 'p', 'P' -> out.append(name.prefix());
                case 'i', 'I' -> out.append(instance);
                case 'j', 'J' -> out.append(name.prefix().contains("-")
                        ? name.prefix().substring(name.prefix().lastIndexOf('-') + 1) : name.prefix());
                case '%' -> out.append('%');
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out.toString());
    }
}
