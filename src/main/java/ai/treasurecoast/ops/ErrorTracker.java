package ai.treasurecoast.ops;

import ai.treasurecoast.shared.Redaction;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts errors per category with the last time and a redacted message, in the database so
 * every node's errors show in one place.
 */
@Service
public class ErrorTracker {

    private static final Logger log = LoggerFactory.getLogger(ErrorTracker.class);

    private final JdbcClient jdbc;

    ErrorTracker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String category, Throwable error) {
        record(category, error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    /** Never throws: tracking an error must not cause another. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String category, String message) {
        String safe = Redaction.text(message == null ? "" : message);
        if (safe.length() > 500) {
            safe = safe.substring(0, 500);
        }
        try {
            jdbc.sql("""
                    INSERT INTO error_events (category, last_at, count, message) VALUES (:c, now(), 1, :m)
                    ON CONFLICT (category) DO UPDATE SET last_at = now(), count = error_events.count + 1, message = :m
                    """).param("c", category).param("m", safe).update();
        } catch (RuntimeException e) {
            log.warn("Could not record an error of category {}", category);
        }
    }

    public List<TrackedError> recent() {
        return jdbc.sql("SELECT category, last_at, count, message FROM error_events ORDER BY last_at DESC LIMIT 50")
                .query((rs, i) -> new TrackedError(
                        rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /** One category of error: when it last happened, how often, and its redacted message. */
    public record TrackedError(String category, Instant lastAt, long count, String message) {}
}
