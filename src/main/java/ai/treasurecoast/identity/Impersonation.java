package ai.treasurecoast.identity;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.ConflictException;
import ai.treasurecoast.shared.ForbiddenException;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "View as client": a super admin sees one workspace as its admin would, read-only. The
 * session id rotates at start and stop, and both are audited.
 */
@Service
public class Impersonation {

    private final WorkspaceAccess access;
    private final WorkspaceDirectory workspaces;
    private final LoginService logins;
    private final AuditRecorder audit;

    Impersonation(WorkspaceAccess access, WorkspaceDirectory workspaces, LoginService logins, AuditRecorder audit) {
        this.access = access;
        this.workspaces = workspaces;
        this.logins = logins;
        this.audit = audit;
    }

    @Transactional
    public Actor start(WorkspaceId workspace, HttpServletRequest request, HttpServletResponse response) {
        Actor actor = access.superAdmin("impersonation.start");
        if (workspace == null || !workspaces.exists(workspace)) {
            throw new NotFoundException("Workspace not found");
        }
        Actor viewing = actor.withImpersonating(workspace);
        logins.establish(viewing, request, response, true);
        audit.record(AuditEvent.of("impersonation.start", "workspace", workspace, workspace)
                .by(viewing));
        return viewing;
    }

    @Transactional
    public Actor stop(HttpServletRequest request, HttpServletResponse response) {
        Actor actor = access.current();
        if (!actor.isSuperAdmin()) {
            throw new ForbiddenException("Only an agency super admin may do this.");
        }
        if (!actor.isImpersonating()) {
            throw new ConflictException("You are not viewing a workspace as its client.");
        }
        WorkspaceId workspace = actor.impersonating();
        audit.record(AuditEvent.of("impersonation.stop", "workspace", workspace, workspace)
                .by(actor));
        Actor self = actor.withImpersonating(null);
        logins.establish(self, request, response, true);
        return self;
    }
}
