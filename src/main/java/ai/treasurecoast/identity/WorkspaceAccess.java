package ai.treasurecoast.identity;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.ForbiddenException;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.WorkspaceId;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The server-side rule book for tenant data. A workspace outside the caller's scope is not found
 * (404); inside it, a viewer or an impersonating super admin may read but not change (403).
 * Every refusal is recorded as {@code access.denied}.
 */
@Component
public class WorkspaceAccess {

    private final AuditRecorder audit;

    WorkspaceAccess(AuditRecorder audit) {
        this.audit = audit;
    }

    /** The logged-in actor; 401 when there is none. */
    public Actor current() {
        return Actor.current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
    }

    /** May the caller read this workspace's data? Returns the actor, or throws 404. */
    public Actor read(WorkspaceId workspace) {
        Actor actor = current();
        if (!inScope(actor, workspace)) {
            deny(actor, workspace, "outside scope");
            throw new NotFoundException("Workspace not found");
        }
        return actor;
    }

    /** May the caller change this workspace's data? 404 outside scope, 403 for viewers and impersonation. */
    public Actor write(WorkspaceId workspace) {
        Actor actor = read(workspace);
        if (!canWrite(actor)) {
            deny(actor, workspace, actor.isImpersonating() ? "read-only impersonation" : "role may not change data");
            throw new ForbiddenException(
                    actor.isImpersonating()
                            ? "Impersonation is read-only. Stop viewing as the client to make changes."
                            : "Your role may view this workspace but not change it.");
        }
        return actor;
    }

    /** Super admin actions outside any workspace (create workspace, impersonate, verify the audit chain). */
    public Actor superAdmin(String what) {
        Actor actor = current();
        if (!actor.isSuperAdmin() || actor.isImpersonating()) {
            deny(actor, null, what);
            throw new ForbiddenException("Only an agency super admin may do this.");
        }
        return actor;
    }

    /** Super admins and workspace admins (not viewers, not while impersonating). */
    public Actor adminOrSuper(String what) {
        Actor actor = current();
        if (actor.role() == Role.WORKSPACE_VIEWER || actor.isImpersonating()) {
            deny(actor, actor.scope(), what);
            throw new ForbiddenException("Your role may not do this.");
        }
        return actor;
    }

    public boolean canWrite(Actor actor) {
        return !actor.isImpersonating() && actor.role() != Role.WORKSPACE_VIEWER;
    }

    public boolean inScope(Actor actor, WorkspaceId workspace) {
        if (workspace == null) {
            return false;
        }
        if (actor.isImpersonating()) {
            return actor.impersonating().equals(workspace);
        }
        return actor.isSuperAdmin() || workspace.equals(actor.workspaceId());
    }

    /** Records a refusal in its own transaction, since the refused request rolls back. */
    public void deny(Actor actor, WorkspaceId workspace, String reason) {
        audit.recordSeparately(AuditEvent.of("access.denied", "workspace", workspace, actor.scope())
                .after(Map.of("reason", reason))
                .outcome("denied")
                .by(actor));
    }
}
