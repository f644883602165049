package ai.treasurecoast.knowledge;

import java.time.Instant;
import java.util.UUID;

/** A question visitors ask, with the business's answer. */
public record Faq(UUID id, String question, String answer, Instant createdAt, Instant updatedAt) {}
