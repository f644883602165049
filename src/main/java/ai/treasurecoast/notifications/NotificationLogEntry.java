package ai.treasurecoast.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One notification (one channel, one recipient, redacted) with every delivery attempt. */
public record NotificationLogEntry(
        UUID id,
        String kind,
        String channel,
        String recipient,
        boolean urgent,
        String status,
        int attemptCount,
        int maxAttempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        List<Attempt> attempts) {

    /** One delivery attempt. {@code outcome}: sent, transient_failure or permanent_failure. */
    public record Attempt(
            int attempt,
            String channel,
            String recipient,
            String outcome,
            String providerStatus,
            String errorCategory,
            String error,
            long durationMs,
            Instant at) {}
}
