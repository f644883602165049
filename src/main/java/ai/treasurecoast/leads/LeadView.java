package ai.treasurecoast.leads;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A stored lead. Card numbers were replaced before it was stored. */
public record LeadView(
        UUID id,
        WorkspaceId workspaceId,
        String botId,
        String name,
        String email,
        String phone,
        String message,
        String sessionId,
        Instant createdAt) {}
