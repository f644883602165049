package ai.treasurecoast.audit;

import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.WorkspaceId;

/**
 * What happened, to what, in which workspace, with the state before and after (maps or records;
 * secrets are redacted on the way in). {@code actor} overrides the logged-in actor, for logins.
 */
public record AuditEvent(
        String action,
        String targetType,
        String targetId,
        WorkspaceId workspaceId,
        Object before,
        Object after,
        String outcome,
        Actor actor) {

    public static AuditEvent of(String action, String targetType, Object targetId, WorkspaceId workspaceId) {
        return new AuditEvent(
                action,
                targetType,
                targetId == null ? null : targetId.toString(),
                workspaceId,
                null,
                null,
                "success",
                null);
    }

    public AuditEvent before(Object value) {
        return new AuditEvent(action, targetType, targetId, workspaceId, value, after, outcome, actor);
    }

    public AuditEvent after(Object value) {
        return new AuditEvent(action, targetType, targetId, workspaceId, before, value, outcome, actor);
    }

    public AuditEvent outcome(String value) {
        return new AuditEvent(action, targetType, targetId, workspaceId, before, after, value, actor);
    }

    public AuditEvent by(Actor value) {
        return new AuditEvent(action, targetType, targetId, workspaceId, before, after, outcome, value);
    }
}
