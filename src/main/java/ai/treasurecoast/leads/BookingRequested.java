package ai.treasurecoast.leads;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A booking request was stored (internal booking mode). Published inside the storing transaction. */
public record BookingRequested(
        UUID requestId,
        WorkspaceId workspaceId,
        String botId,
        String name,
        String email,
        String phone,
        String service,
        String preferredTime,
        String notes,
        Instant requestedAt) {}
