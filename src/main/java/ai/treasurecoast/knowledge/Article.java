package ai.treasurecoast.knowledge;

import java.time.Instant;
import java.util.UUID;

/** A longer text (policies, preparation notes); retrieval splits it into paragraphs. */
public record Article(UUID id, String title, String body, Instant createdAt, Instant updatedAt) {}
