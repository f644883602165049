package ai.treasurecoast.demo;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/** Template rule: weekly hours and dated exceptions are well-formed. */
final class TemplateHoursCheck {

    private TemplateHoursCheck() {}

    static void check(DemoTemplate.Hours h, List<String> p) {
        if (h == null || h.weekly() == null || h.weekly().isEmpty()) {
            p.add("knowledge.hours.weekly needs at least one day");
            return;
        }
        for (var d : h.weekly()) {
            TemplateValidator.require(day(d.day()), "hours day '" + d.day() + "' must be MONDAY..SUNDAY", p);
            TemplateValidator.require(
                    ordered(d.open(), d.close()), "hours on " + d.day() + " need open before close (HH:mm)", p);
        }
        TemplateValidator.require(
                h.exceptions() != null && !h.exceptions().isEmpty(), "knowledge.hours.exceptions needs a holiday", p);
        if (h.exceptions() != null) {
            for (var e : h.exceptions()) {
                TemplateValidator.require(date(e.date()), "exception date '" + e.date() + "' must be YYYY-MM-DD", p);
                boolean closed = Boolean.TRUE.equals(e.closed());
                TemplateValidator.require(
                        closed || ordered(e.open(), e.close()),
                        "exception " + e.date() + " is closed or has open/close",
                        p);
            }
        }
    }

    private static boolean day(String s) {
        try {
            return s != null
                    && DayOfWeek.valueOf(s.toUpperCase(Locale.ROOT)) != null
                    && s.equals(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean date(String s) {
        try {
            return s != null && LocalDate.parse(s) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean ordered(String open, String close) {
        try {
            return open != null && close != null && LocalTime.parse(open).isBefore(LocalTime.parse(close));
        } catch (DateTimeException e) {
            return false;
        }
    }
}
