package ai.treasurecoast.knowledge;

import ai.treasurecoast.shared.FieldChecks;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Field rules for knowledge items and hours; every problem is reported with its field path. */
final class KnowledgeRules {

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");

    private KnowledgeRules() {}

    static void faq(FieldChecks checks, String question, String answer) {
        checks.text(question, "question", 1, 500).text(answer, "answer", 1, 5000);
    }

    static void article(FieldChecks checks, String title, String body) {
        checks.text(title, "title", 1, 200).text(body, "body", 1, 20000);
    }

    static void service(FieldChecks checks, String name, String description, String priceText, Integer minutes) {
        checks.text(name, "name", 1, 200).text(description, "description", 1, 5000);
        checks.require(priceText == null || priceText.length() <= 100, "priceText", "must be at most 100 characters");
        checks.require(
                minutes == null || (minutes >= 1 && minutes <= 1440),
                "durationMinutes",
                "must be between 1 and 1440 minutes");
    }

    static void hours(FieldChecks checks, Hours hours) {
        checks.require(validZone(hours.timezone()), "timezone", "must be an IANA time zone such as America/New_York");
        checks.require(hours.weekly().size() <= 50, "weekly", "must have at most 50 ranges");
        checks.require(hours.exceptions().size() <= 366, "exceptions", "must have at most 366 dates");
        for (int i = 0; i < hours.weekly().size(); i++) {
            Hours.Day d = hours.weekly().get(i);
            String at = "weekly[" + i + "].";
            if (d == null) {
                checks.require(false, "weekly[" + i + "]", "is required");
                continue;
            }
            checks.require(day(d.day()) != null, at + "day", "must be MONDAY to SUNDAY");
            range(checks, at, d.open(), d.close());
        }
        for (int i = 0; i < hours.exceptions().size(); i++) {
            Hours.DateException e = hours.exceptions().get(i);
            String at = "exceptions[" + i + "].";
            if (e == null) {
                checks.require(false, "exceptions[" + i + "]", "is required");
                continue;
            }
            checks.require(date(e.date()) != null, at + "date", "must be a date like 2026-12-25");
            if (!Boolean.TRUE.equals(e.closed())) {
                range(checks, at, e.open(), e.close());
            }
        }
    }

    private static void range(FieldChecks checks, String at, String open, String close) {
        boolean openOk = open != null && TIME.matcher(open).matches();
        boolean closeOk = close != null && TIME.matcher(close).matches();
        checks.require(openOk, at + "open", "must be a time like 09:00");
        checks.require(closeOk, at + "close", "must be a time like 17:00");
        if (openOk && closeOk) {
            checks.require(minutes(open) < minutes(close), at + "close", "must be after open");
        }
    }

    static int minutes(String hhmm) {
        return "24:00".equals(hhmm) ? 1440 : LocalTime.parse(hhmm).toSecondOfDay() / 60;
    }

    static DayOfWeek day(String value) {
        try {
            return value == null ? null : DayOfWeek.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean validZone(String zone) {
        try {
            return zone != null && !zone.isBlank() && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Canonical form: upper-case days, trimmed values, {@code closed} never null. */
    static Hours normalise(Hours hours) {
        return new Hours(
                hours.timezone().trim(),
                hours.weekly().stream()
                        .map(d -> new Hours.Day(day(d.day()).name(), d.open(), d.close()))
                        .toList(),
                hours.exceptions().stream()
                        .map(e -> Boolean.TRUE.equals(e.closed())
                                ? new Hours.DateException(date(e.date()).toString(), true, null, null)
                                : new Hours.DateException(date(e.date()).toString(), false, e.open(), e.close()))
                        .toList());
    }
}
