package ai.treasurecoast.leads;

import java.time.LocalDate;

/** How many leads (or booking requests) arrived on one day (UTC). */
public record DailyCount(LocalDate day, long count) {}
