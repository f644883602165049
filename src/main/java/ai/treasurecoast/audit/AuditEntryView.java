package ai.treasurecoast.audit;

import java.time.Instant;
import java.util.UUID;

/** One audit entry with its before and after state as JSON text. */
public record AuditEntryView(
        UUID id,
        Instant createdAt,
        UUID actorUserId,
        String actorRole,
        UUID actorWorkspaceId,
        UUID onBehalfOfWorkspaceId,
        String action,
        String targetType,
        String targetId,
        UUID workspaceId,
        String before,
        String after,
        String outcome,
        String ip,
        String userAgent,
        String requestId) {}
