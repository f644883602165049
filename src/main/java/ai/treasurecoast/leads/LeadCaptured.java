package ai.treasurecoast.leads;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A lead was stored. Published inside the storing transaction, so listeners can write their outbox rows with it. */
public record LeadCaptured(
        UUID leadId,
        WorkspaceId workspaceId,
        String botId,
        String name,
        String email,
        String phone,
        String message,
        Instant capturedAt) {}
