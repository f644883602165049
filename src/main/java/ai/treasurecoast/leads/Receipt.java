package ai.treasurecoast.leads;

import java.util.UUID;

/** The id of what a submission created; {@code replayed} when an Idempotency-Key repeated an earlier one. */
public record Receipt(UUID id, boolean replayed) {}
