package ai.treasurecoast.assistant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which day an hours question is about: now, a date (or two, for "the weekend"), or none (the week). */
final class HoursQuestion {

    record Target(boolean now, List<LocalDate> dates, String label) {}

    private record Holiday(Pattern pattern, String label, Function<Integer, LocalDate> date) {}

    private static final List<Holiday> HOLIDAYS = List.of(
            holiday("christmas eve", "Christmas Eve", y -> LocalDate.of(y, 12, 24)),
            holiday("christmas( day)?|xmas", "Christmas Day", y -> LocalDate.of(y, 12, 25)),
            holiday("new year'?s eve", "New Year's Eve", y -> LocalDate.of(y, 12, 31)),
            holiday("new year'?s?( day)?", "New Year's Day", y -> LocalDate.of(y, 1, 1)),
            holiday("thanksgiving", "Thanksgiving", y -> nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)),
            holiday(
                    "(july 4(th)?|4th of july|fourth of july|independence day)",
                    "Independence Day",
                    y -> LocalDate.of(y, 7, 4)),
            holiday(
                    "memorial day",
                    "Memorial Day",
                    y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
            holiday("labor day", "Labor Day", y -> nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)),
            holiday("halloween", "Halloween", y -> LocalDate.of(y, 10, 31)),
            holiday("veterans day", "Veterans Day", y -> LocalDate.of(y, 11, 11)));

    private static final Pattern NOW =
            p("\\b(now|right now|currently|at the moment|still open|open yet|this moment)\\b");
    private static final Pattern ISO = p("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern SLASH = p("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\b");
    private static final Pattern MONTH_DAY =
            p("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? (\\d{1,2})(st|nd|rd|th)?\\b");
    private static final Pattern DAY_MONTH =
            p("\\b(\\d{1,2})(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");

    private HoursQuestion() {}

    /** Does the message name a day, a holiday or "now" ("and sunday?", "what about tomorrow")? */
    static boolean namesWhen(String message, LocalDate today) {
        Target target = parse(message, today);
        return target.now() || !target.dates().isEmpty();
    }

    static Target parse(String message, LocalDate today) {
        String text = message.toLowerCase(Locale.ROOT);
        for (Holiday h : HOLIDAYS) {
            if (h.pattern().matcher(text).find()) {
                LocalDate date = h.date().apply(today.getYear());
                if (date.isBefore(today)) {
                    date = h.date().apply(today.getYear() + 1);
                }
                return new Target(false, List.of(date), h.label());
            }
        }
        LocalDate explicit = explicitDate(text, today);
        if (explicit != null) {
            return new Target(false, List.of(explicit), null);
        }
        if (text.matches(".*\\b(today|tonight|this (morning|afternoon|evening))\\b.*")) {
            return new Target(NOW.matcher(text).find(), List.of(today), null);
        }
        if (text.matches(".*\\btomorrow\\b.*")) {
            return new Target(false, List.of(today.plusDays(1)), null);
        }
        if (text.matches(".*\\bweekends?\\b.*")) {
            LocalDate saturday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            return new Target(false, saturday.isBefore(sunday) ? List.of(saturday, sunday) : List.of(sunday), null);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (text.matches(".*\\b(" + name + "s?|" + name.substring(0, 3) + ")\\b.*")) {
                boolean next = text.matches(".*\\bnext " + name.substring(0, 3) + ".*");
                LocalDate date = today.with(TemporalAdjusters.nextOrSame(day));
                return new Target(false, List.of(next && date.equals(today) ? date.plusWeeks(1) : date), null);
            }
        }
        return new Target(NOW.matcher(text).find(), List.of(), null);
    }

    private static LocalDate explicitDate(String text, LocalDate today) {
        try {
            Matcher m = ISO.matcher(text);
            if (m.find()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = MONTH_DAY.matcher(text);
            if (m.find()) {
                return upcoming(MonthDay.of(month(m.group(1)), Integer.parseInt(m.group(2))), today);
            }
            m = DAY_MONTH.matcher(text);
            if (m.find()) {
                return upcoming(MonthDay.of(month(m.group(4)), Integer.parseInt(m.group(1))), today);
            }
            m = SLASH.matcher(text);
            if (m.find()) {
                MonthDay md = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (m.group(3) != null) {
                    int year = Integer.parseInt(m.group(3));
                    return md.atYear(year < 100 ? 2000 + year : year);
                }
                return upcoming(md, today);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate upcoming(MonthDay md, LocalDate today) {
        LocalDate date = md.atYear(today.getYear());
        return date.isBefore(today) ? md.atYear(today.getYear() + 1) : date;
    }

    private static Month month(String prefix) {
        String p = prefix.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(p)) {
                return m;
            }
        }
        throw new java.time.DateTimeException(prefix);
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private static Holiday holiday(String regex, String label, Function<Integer, LocalDate> date) {
        return new Holiday(p("\\b" + regex + "\\b"), label, date);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}
