package ai.treasurecoast.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter: a random delay in [0, min(cap, base * 2^(attempt-1))]. */
record Backoff(Duration base, Duration cap, int maxAttempts) {

    /** When to try again after this failed attempt, or null when the attempts are used up. */
    Instant next(int attempt, int rowMaxAttempts, Instant now) {
        if (attempt >= Math.min(rowMaxAttempts, maxAttempts)) {
            return null;
        }
        return now.plusMillis(
                ThreadLocalRandom.current().nextLong(ceiling(attempt).toMillis() + 1));
    }

    Duration ceiling(int attempt) {
        long baseMs = Math.max(1, base.toMillis());
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long exp = baseMs > Long.MAX_VALUE >> shift ? Long.MAX_VALUE : baseMs << shift;
        return Duration.ofMillis(Math.min(exp, cap.toMillis()));
    }
}
