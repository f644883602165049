package ai.treasurecoast.knowledge;

import java.time.Instant;
import java.util.UUID;

/** A service the business offers; {@code priceText} and {@code durationMinutes} are optional. */
public record ServiceOffering(
        UUID id,
        String name,
        String description,
        String priceText,
        Integer durationMinutes,
        Instant createdAt,
        Instant updatedAt) {}
