package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.UserId;
import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;

/** A console user as lists and the API show it: never the password hash. */
public record UserView(
        UserId id,
        String email,
        Role role,
        WorkspaceId workspaceId,
        boolean disabled,
        boolean passwordSet,
        Instant createdAt,
        Instant lastLoginAt) {

    static UserView of(UserRecord u) {
        return new UserView(
                u.id(),
                u.email(),
                u.role(),
                u.workspaceId(),
                u.disabled(),
                u.hasPassword(),
                u.createdAt(),
                u.lastLoginAt());
    }
}
