package dev.unitlint.values;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * Calendar event specifications (systemd.time(7), {@code calendar_spec_from_string()} in
 * src/basic/calendarspec.c), as OnCalendar= takes them:
 * {@code [WEEKDAYS] [DATE] [TIME] [TIMEZONE]}, the shorthands ({@code daily}, {@code weekly},
 * …) and {@code @EPOCH}. Components are {@code *}, numbers, {@code A..B} ranges, {@code /N}
 * repetitions and comma lists; {@code ~} counts days from the end of the month.
 * The accepted set was checked against {@code systemd-analyze calendar} of systemd 252
 * (testdata/values/calendar-252.tsv).
 */
public final class CalendarSpec {

    private static final Set<String> SHORTHANDS = Set.of(
            "minutely", "hourly", "daily", "weekly", "monthly", "yearly", "annually", "quarterly", "semiannually");
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    private final String text;
    private int pos;

    private CalendarSpec(String text) {
        this.text = text;
    }

    /** Whether systemd accepts the specification. */
    public static boolean isValid(String spec) {
        String s = spec;
        if (s.isEmpty() || !s.equals(s.strip())) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith(" utc")) {
            s = s.substring(0, s.length() - 4).stripTrailing();
        } else {
            int space = s.lastIndexOf(' ');
            if (space > 0 && looksLikeZone(s.substring(space + 1))) {
                if (!isZone(s.substring(space + 1))) {
                    return false;
                }
                s = s.substring(0, space).stripTrailing();
            }
        }
        if (s.startsWith("@")) {
            return s.length() > 1 && s.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
        }
        if (SHORTHANDS.contains(s.toLowerCase(Locale.ROOT))) {
            return true;
        }
        CalendarSpec parser = new CalendarSpec(s);
        return parser.parse();
    }

    private static boolean looksLikeZone(String word) {
        return !word.isEmpty() && Character.isLetter(word.charAt(0)) && word.indexOf(':') < 0 && word.indexOf('-') < 0
                || word.startsWith("+") || word.startsWith("-");
    }

    private static boolean isZone(String word) {
        if (weekday(word) >= 0) {
            return false;
        }
        // tzdata also has the legacy fixed zones EST, MST and HST, which Java lists only as short IDs.
        return ZoneId.getAvailableZoneIds().contains(word) || Set.of("EST", "MST", "HST").contains(word);
    }

    private boolean parse() {
        if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            if (!weekdays()) {
                return false;
            }
            if (!blanks() && pos < text.length()) {
                return false;
            }
        }
        if (pos == text.length()) {
            return true;
        }
        // A date has '-' or '~' before the first ':' or blank; otherwise it is a time.
        int end = text.indexOf(' ', pos);
        String first = text.substring(pos, end < 0 ? text.length() : end);
        if (first.indexOf(':') < 0) {
            if (!date(first)) {
                return false;
            }
            pos += first.length();
            if (pos == text.length()) {
                return true;
            }
            if (!blanks()) {
                return false;
            }
            end = text.indexOf(' ', pos);
            first = text.substring(pos, end < 0 ? text.length() : end);
        }
        if (!time(first)) {
            return false;
        }
        pos += first.length();
        return pos == text.length();
    }

    private boolean blanks() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) == ' ') pos++;
        return pos > start;
    }

    private boolean weekdays() {
        boolean needDay = true;
        int previous = -1;
        boolean inRange = false;
        while (pos < text.length()) {
            int start = pos;
            while (pos < text.length() && Character.isLetter(text.charAt(pos))) pos++;
            int day = weekday(text.substring(start, pos));
            if (day < 0 || inRange && day < previous) {
                return false;
            }
            boolean wasRange = inRange;
            inRange = false;
            previous = day;
            needDay = false;
            if (pos == text.length() || text.charAt(pos) == ' ') {
                return true;
            }
            if (text.charAt(pos) == ',') {
                pos++;
                needDay = true;
            } else if (!wasRange && (text.startsWith("..", pos) || text.charAt(pos) == '-')) {
                pos += text.startsWith("..", pos) ? 2 : 1;
                inRange = true;
                needDay = true;
            } else {
                return false;
            }
        }
        return !needDay;
    }

    private static int weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < WEEKDAYS.length; i++) {
            if (w.equals(WEEKDAYS[i]) || w.equals(WEEKDAYS[i].substring(0, 3))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean date(String s) {
        int tilde = s.indexOf('~');
        if (tilde >= 0 && (s.indexOf('~', tilde + 1) >= 0 || s.indexOf('-', tilde) >= 0)) {
            return false; // '~' may only replace the '-' before the day
        }
        String[] parts = s.replace('~', '-').split("-", -1);
        if (parts.length == 3) {
            return chain(parts[0], Field.YEAR) && chain(parts[1], Field.MONTH) && chain(parts[2], Field.DAY);
        }
        if (parts.length == 2) {
            return chain(parts[0], Field.MONTH) && chain(parts[1], Field.DAY);
        }
        return false;
    }

    private static boolean time(String s) {
        String[] parts = s.split(":", -1);
        if (parts.length == 2) {
            return chain(parts[0], Field.HOUR) && chain(parts[1], Field.MINUTE);
        }
        if (parts.length == 3) {
            return chain(parts[0], Field.HOUR) && chain(parts[1], Field.MINUTE) && chain(parts[2], Field.SECOND);
        }
        return false;
    }

    private enum Field {
        YEAR(1970, 2199), MONTH(1, 12), DAY(1, 31), HOUR(0, 23), MINUTE(0, 59), SECOND(0, 59);

        final int min;
        final int max;

        Field(int min, int max) {
            this.min = min;
            this.max = max;
        }
    }

    /** A comma list of {@code *}, {@code N}, {@code N..M}, each number optionally followed by {@code /REPEAT}. */
    private static boolean chain(String s, Field field) {
        if (s.equals("*")) {
            return true;
        }
        for (String item : s.split(",", -1)) {
            if (!item(item, field)) {
                return false;
            }
        }
        return true;
    }

    private static boolean item(String item, Field field) {
        String body = item;
        int slash = item.indexOf('/');
        if (slash >= 0) {
            String repeat = item.substring(slash + 1);
            if (!number(repeat, field == Field.SECOND) || Double.parseDouble(repeat) <= 0) {
                return false;
            }
            body = item.substring(0, slash);
        }
        int dots = body.indexOf("..");
        if (dots >= 0) {
            String from = body.substring(0, dots);
            String to = body.substring(dots + 2);
            return number(from, field == Field.SECOND) && number(to, field == Field.SECOND)
                    && inRange(from, field) && inRange(to, field) && value(from, field) <= value(to, field);
        }
        return number(body, field == Field.SECOND) && inRange(body, field);
    }

    /** Digits, and for seconds a fraction of at most six digits. */
    private static boolean number(String s, boolean fraction) {
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        if (whole.isEmpty() || !whole.chars().allMatch(c -> c >= '0' && c <= '9') || whole.length() > 9) {
            return false;
        }
        if (dot < 0) {
            return true;
        }
        String frac = s.substring(dot + 1);
        return fraction && !frac.isEmpty() && frac.length() <= 6 && frac.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static double value(String s, Field field) {
        double v = Double.parseDouble(s);
        if (field == Field.YEAR && s.length() <= 2) {
            v += v >= 70 ? 1900 : 2000;
        }
        return v;
    }

    private static boolean inRange(String s, Field field) {
        double v = value(s, field);
        return v >= field.min && v < field.max + 1 && (field == Field.SECOND || v == Math.floor(v));
    }
}
