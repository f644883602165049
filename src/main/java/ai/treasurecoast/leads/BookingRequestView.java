package ai.treasurecoast.leads;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A stored booking request (internal booking mode); {@code status} is received. */
public record BookingRequestView(
        UUID id,
        WorkspaceId workspaceId,
        String botId,
        String name,
        String email,
        String phone,
        String service,
        String preferredTime,
        String notes,
        String sessionId,
        String status,
        Instant createdAt) {}
