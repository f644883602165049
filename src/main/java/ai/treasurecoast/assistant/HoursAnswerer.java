package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.Hours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers opening-hours questions from the hours data alone, in the workspace's time zone:
 * "open now?", a weekday, today/tomorrow, a date or a holiday (dated exceptions win over the
 * weekly schedule), or the whole week. Pure: the current time is passed in.
 */
final class HoursAnswerer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    private HoursAnswerer() {}

    /** The answer, or empty when there is no schedule to answer from. */
    static Optional<String> answer(Hours hours, String message, ZonedDateTime nowAnywhere) {
        if (hours == null || hours.hasNoSchedule()) {
            return Optional.empty();
        }
        ZoneId zone = ZoneId.of(hours.timezone());
        ZonedDateTime now = nowAnywhere.withZoneSameInstant(zone);
        String zoneName = zone.getDisplayName(TextStyle.FULL, Locale.US);
        HoursQuestion.Target target = HoursQuestion.parse(message, now.toLocalDate());
        String text;
        if (target.now()) {
            text = openNow(hours, now);
        } else if (!target.dates().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (LocalDate date : target.dates()) {
                parts.add(onDate(hours, date, target.label(), now.toLocalDate()));
            }
            text = String.join(" ", parts);
        } else {
            text = week(hours, now.toLocalDate());
        }
        return Optional.of(text + " (Times are " + zoneName + ".)");
    }

    static String openNow(Hours hours, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        int minute = now.toLocalTime().toSecondOfDay() / 60;
        for (int[] r : ranges(hours, today)) {
            if (minute >= r[0] && minute < r[1]) {
                return "Yes, we're open right now, until " + time(r[1]) + " today.";
            }
        }
        for (int[] r : ranges(hours, today)) {
            if (r[0] > minute) {
                return "We're closed right now. We open again today at " + time(r[0]) + ".";
            }
        }
        for (int i = 1; i <= 14; i++) {
            LocalDate day = today.plusDays(i);
            List<int[]> ranges = ranges(hours, day);
            if (!ranges.isEmpty()) {
                String when = i == 1 ? "tomorrow (" + day.format(DAY) + ")" : day.format(DAY);
                return "We're closed right now. We open again " + when + " at " + time(ranges.get(0)[0]) + ".";
            }
        }
        return "We're closed right now, and no opening hours are listed for the next two weeks.";
    }

    /** The hours of one date; {@code label} names a holiday, {@code today} says whether to give the year. */
    static String onDate(Hours hours, LocalDate date, String label, LocalDate today) {
        String day = date.format(DAY)
                + (date.getYear() == today.getYear() ? "" : ", " + date.getYear())
                + (label == null ? "" : " (" + label + ")");
        List<int[]> ranges = ranges(hours, date);
        boolean special = exception(hours, date) != null;
        if (ranges.isEmpty()) {
            return "We're closed on " + day + ".";
        }
        // A holiday the business has set no hours for gets its usual weekday: say that it may differ.
        String unsure = label != null && !special ? " Holiday hours can differ, so please call ahead to confirm." : "";
        return "On " + day + " we're open " + join(ranges) + (special ? " (special hours)." : ".") + unsure;
    }

    static String week(Hours hours, LocalDate today) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            String ranges = join(weekly(hours, days[i]));
            int j = i;
            while (j + 1 < days.length && join(weekly(hours, days[j + 1])).equals(ranges)) {
                j++;
            }
            String span = j == i
                    ? name(days[i])
                    : j == i + 1 ? name(days[i]) + " and " + name(days[j]) : name(days[i]) + " to " + name(days[j]);
            parts.add(ranges.isEmpty() ? span + ": closed" : span + ": " + ranges);
            i = j + 1;
        }
        StringBuilder text = new StringBuilder("Our hours are ")
                .append(String.join("; ", parts))
                .append('.');
        List<String> upcoming = new ArrayList<>();
        for (Hours.DateException e : hours.exceptions()) {
            LocalDate date = LocalDate.parse(e.date());
            if (!date.isBefore(today) && date.isBefore(today.plusDays(31))) {
                upcoming.add(onDate(hours, date, null, today));
            }
        }
        if (!upcoming.isEmpty()) {
            text.append(" Coming up: ").append(String.join(" ", upcoming));
        }
        return text.toString();
    }

    /** Open ranges in minutes of the day; a dated exception replaces the weekly hours. */
    static List<int[]> ranges(Hours hours, LocalDate date) {
        Hours.DateException e = exception(hours, date);
        if (e != null) {
            return Boolean.TRUE.equals(e.closed()) || e.open() == null
                    ? List.of()
                    : List.of(new int[] {minutes(e.open()), minutes(e.close())});
        }
        return weekly(hours, date.getDayOfWeek());
    }

    private static List<int[]> weekly(Hours hours, DayOfWeek day) {
        return hours.weekly().stream()
                .filter(d -> day.name().equalsIgnoreCase(d.day()))
                .map(d -> new int[] {minutes(d.open()), minutes(d.close())})
                .sorted((a, b) -> Integer.compare(a[0], b[0]))
                .toList();
    }

    private static Hours.DateException exception(Hours hours, LocalDate date) {
        return hours.exceptions().stream()
                .filter(e -> date.toString().equals(e.date()))
                .findFirst()
                .orElse(null);
    }

    private static String join(List<int[]> ranges) {
        return String.join(
                " and ",
                ranges.stream().map(r -> time(r[0]) + " to " + time(r[1])).toList());
    }

    private static int minutes(String hhmm) {
        return "24:00".equals(hhmm) ? 1440 : LocalTime.parse(hhmm).toSecondOfDay() / 60;
    }

    private static String time(int minutes) {
        return minutes >= 1440
                ? "midnight"
                : LocalTime.ofSecondOfDay(minutes * 60L).format(TIME);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }
}
