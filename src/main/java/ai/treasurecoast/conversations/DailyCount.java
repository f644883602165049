package ai.treasurecoast.conversations;

import java.time.LocalDate;

/** How many conversations started on one day (UTC). */
public record DailyCount(LocalDate day, long count) {}
