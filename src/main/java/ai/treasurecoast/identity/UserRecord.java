package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.UserId;
import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;

/** A stored user. The password hash never leaves this module. */
record UserRecord(
        UserId id,
        String email,
        String passwordHash,
        Role role,
        WorkspaceId workspaceId,
        boolean disabled,
        Instant createdAt,
        Instant lastLoginAt) {

    Actor actor() {
        return new Actor(id, email, role, workspaceId, null);
    }

    boolean hasPassword() {
        return passwordHash != null;
    }
}
