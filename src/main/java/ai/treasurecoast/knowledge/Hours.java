package ai.treasurecoast.knowledge;

import java.util.List;

/**
 * Opening hours: a weekly schedule (several ranges per day allowed, a day without a range is
 * closed) and dated exceptions, in {@code timezone}. Times are {@code HH:mm}, days {@code MONDAY}..
 */
public record Hours(String timezone, List<Day> weekly, List<DateException> exceptions) {

    public Hours {
        weekly = weekly == null ? List.of() : List.copyOf(weekly);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** True when no schedule has been entered. */
    public boolean hasNoSchedule() {
        return weekly.isEmpty() && exceptions.isEmpty();
    }

    public record Day(String day, String open, String close) {}

    /** A dated change: closed all day, or open {@code open}..{@code close} instead of the weekly hours. */
    public record DateException(String date, Boolean closed, String open, String close) {}
}
