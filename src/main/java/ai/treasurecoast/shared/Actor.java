package ai.treasurecoast.shared;

import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting in this request: a logged-in user, and the workspace a super admin is viewing
 * as its admin would ({@code impersonating}), if any.
 */
public record Actor(UserId userId, String email, Role role, WorkspaceId workspaceId, WorkspaceId impersonating)
        implements Serializable {

    public boolean isSuperAdmin() {
        return role == Role.SUPER_ADMIN;
    }

    public boolean isImpersonating() {
        return impersonating != null;
    }

    /** The workspace this actor works in: their own, or the one being viewed; null for a super admin at large. */
    public WorkspaceId scope() {
        return impersonating != null ? impersonating : workspaceId;
    }

    public Actor withImpersonating(WorkspaceId workspace) {
        return new Actor(userId, email, role, workspaceId, workspace);
    }

    public static Optional<Actor> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }
}
