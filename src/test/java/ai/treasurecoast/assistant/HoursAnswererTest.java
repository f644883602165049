package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.Hours;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoursAnswererTest {

    // Weekdays 9-17, Saturday 9-13, Sunday closed, in New York; Thanksgiving 2026 closed, Christmas Eve short.
    private static final Hours HOURS = new Hours(
            "America/New_York",
            List.of(
                    day("MONDAY"),
                    day("TUESDAY"),
                    day("WEDNESDAY"),
                    day("THURSDAY"),
                    day("FRIDAY"),
                    new Hours.Day("SATURDAY", "09:00", "13:00")),
            List.of(
                    new Hours.DateException("2026-11-26", true, null, null),
                    new Hours.DateException("2026-12-24", false, "09:00", "12:00")));

    // Monday 2026-11-23 15:00 UTC = 10:00 in New York.
    private static final ZonedDateTime MONDAY_10AM_NY = ZonedDateTime.parse("2026-11-23T15:00:00Z");

    @Test
    void openNowUsesTheWorkspaceTimeZone() {
        assertThat(answer("Are you open now?", MONDAY_10AM_NY)).startsWith("Yes, we're open right now, until 5:00 PM");
        // 23:30 UTC Monday is 18:30 in New York: closed, opens Tuesday.
        assertThat(answer("open now?", ZonedDateTime.parse("2026-11-23T23:30:00Z")))
                .contains("closed right now")
                .contains("tomorrow")
                .contains("9:00 AM");
        // 03:00 UTC Tuesday is still Monday 22:00 in New York, so "tomorrow" is Tuesday, not Wednesday.
        assertThat(answer("are you open right now", ZonedDateTime.parse("2026-11-24T03:00:00Z")))
                .contains("tomorrow (Tuesday, November 24)");
        // 13:00 UTC is 08:00 in New York: opens later today.
        assertThat(answer("open now?", ZonedDateTime.parse("2026-11-23T13:00:00Z")))
                .contains("today at 9:00 AM");
        assertThat(answer("open now?", MONDAY_10AM_NY)).contains("Eastern");
    }

    @Test
    void weekdaysAndWeekends() {
        assertThat(answer("Are you open Saturday?", MONDAY_10AM_NY))
                .contains("On Saturday, November 28 we're open 9:00 AM to 1:00 PM");
        assertThat(answer("are you open on sunday", MONDAY_10AM_NY)).contains("closed on Sunday, November 29");
        assertThat(answer("what time do you open tomorrow", MONDAY_10AM_NY)).contains("Tuesday, November 24");
    }

    @Test
    void exceptionsWinOverTheWeeklySchedule() {
        assertThat(answer("Are you open on Thanksgiving?", MONDAY_10AM_NY))
                .contains("closed on Thursday, November 26 (Thanksgiving)");
        assertThat(answer("are you open on Thursday?", MONDAY_10AM_NY)).contains("closed on Thursday, November 26");
        assertThat(answer("hours on christmas eve?", MONDAY_10AM_NY)).contains("9:00 AM to 12:00 PM (special hours)");
        assertThat(answer("open on Dec 24?", MONDAY_10AM_NY))
                .contains("December 24")
                .contains("special hours");
        assertThat(answer("Are you open on Christmas?", MONDAY_10AM_NY))
                .contains("Friday, December 25 (Christmas Day) we're open");
        // 2026-11-26 is Thanksgiving day itself: "open now" at noon local follows the exception.
        assertThat(answer("open now?", ZonedDateTime.parse("2026-11-26T17:00:00Z")))
                .contains("closed right now")
                .contains("Friday, November 27")
                .doesNotContain("today at");
    }

    @Test
    void aHolidayWithoutHoursOfItsOwnIsAnsweredWithItsYearAndACaution() {
        // A week after Thanksgiving 2026: the next one is in 2027, and no hours are set for it.
        String text = answer("Are you open on Thanksgiving?", ZonedDateTime.parse("2026-11-30T15:00:00Z"));
        assertThat(text)
                .contains("On Thursday, November 25, 2027 (Thanksgiving) we're open 9:00 AM to 5:00 PM.")
                .contains("Holiday hours can differ, so please call ahead to confirm.");
        assertThat(answer("are you open on Thursday?", MONDAY_10AM_NY)).doesNotContain("Holiday hours can differ");
    }

    @Test
    void weekSummaryGroupsDaysAndListsUpcomingExceptions() {
        String text = answer("What are your hours?", MONDAY_10AM_NY);
        assertThat(text)
                .startsWith("Our hours are Monday to Friday: 9:00 AM to 5:00 PM; Saturday: 9:00 AM to 1:00 PM;"
                        + " Sunday: closed.");
        assertThat(text).contains("Coming up:").contains("Thursday, November 26");
    }

    @Test
    void noScheduleMeansNoHoursAnswer() {
        assertThat(HoursAnswerer.answer(new Hours("UTC", List.of(), List.of()), "open now?", MONDAY_10AM_NY))
                .isEmpty();
    }

    private static String answer(String message, ZonedDateTime now) {
        return HoursAnswerer.answer(HOURS, message, now).orElseThrow();
    }

    private static Hours.Day day(String day) {
        return new Hours.Day(day, "09:00", "17:00");
    }
}
