package dev.unitlint.values;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The years a calendar event (systemd.time(7)) can fall in, as far as its date fixes them: the
 * latest year named in {@code 2023-01-01}, {@code 2021,2023-*-1} or {@code 2020..2022-6-1}, with
 * two-digit years read as systemd reads them ({@code 12-10-15} is 2012-10-15). Empty when the year
 * is open ({@code *}, a repetition, no date, a shorthand, {@code @EPOCH}) or the value is not a
 * calendar event; check validity with {@link CalendarSpec#isValid} first.
 */
public final class CalendarYears {

    private CalendarYears() {
    }

    public static OptionalInt latest(String spec) {
        String s = spec.strip();
        if (s.isEmpty() || s.startsWith("@")) {
            return OptionalInt.empty();
        }
        for (String token : s.split("\\s+")) {
            if (token.indexOf(':') >= 0 || Character.isLetter(token.charAt(0))
                    && !token.toLowerCase(Locale.ROOT).equals(token.toUpperCase(Locale.ROOT))
                            && token.indexOf('-') < 0) {
                continue;
            }
            String[] parts = token.split("-", -1);
            if (parts.length != 3 || token.indexOf('~') >= 0) {
                return OptionalInt.empty();
            }
            return latestOf(parts[0]);
        }
        return OptionalInt.empty();
    }

    private static OptionalInt latestOf(String field) {
        int latest = -1;
        for (String item : field.split(",")) {
            if (item.indexOf('/') >= 0 || item.equals("*") || item.isEmpty()) {
                return OptionalInt.empty();
            }
            String last = item.contains("..") ? item.substring(item.indexOf("..") + 2) : item;
            if (!last.chars().allMatch(Character::isDigit) || last.isEmpty() || last.length() > 4) {
                return OptionalInt.empty();
            }
            int year = Integer.parseInt(last);
            if (last.length() <= 2) {
                year += year < 70 ? 2000 : 1900;
            }
            latest = Math.max(latest, year);
        }
        return latest < 0 ? OptionalInt.empty() : OptionalInt.of(latest);
    }
}
