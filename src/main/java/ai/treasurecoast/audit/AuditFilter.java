package ai.treasurecoast.audit;

import java.time.Instant;
import java.util.UUID;

/** Audit log filters, named as in the API: from, to, actorUserId, action, workspaceId, targetType. */
public record AuditFilter(
        Instant from, Instant to, UUID actorUserId, String action, UUID workspaceId, String targetType) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public AuditFilter withWorkspace(UUID workspace) {
        return new AuditFilter(from, to, actorUserId, action, workspace, targetType);
    }
}
