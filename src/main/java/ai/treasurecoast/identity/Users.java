package ai.treasurecoast.identity;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.ConflictException;
import ai.treasurecoast.shared.EmailAddress;
import ai.treasurecoast.shared.FieldChecks;
import ai.treasurecoast.shared.ForbiddenException;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.UserId;
import ai.treasurecoast.shared.WorkspaceId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User management for super admins (everyone) and workspace admins (their own workspace's
 * admins and viewers). Enforces those rules itself, for the API and the console alike.
 */
@Service
public class Users {

    private final UserRepository users;
    private final WorkspaceAccess access;
    private final WorkspaceDirectory workspaces;
    private final PasswordTokens tokens;
    private final AccountMailer mailer;
    private final UserSessions sessions;
    private final Accounts accounts;
    private final AuditRecorder audit;
    private final IdentitySettings settings;

    Users(
            UserRepository users,
            WorkspaceAccess access,
            WorkspaceDirectory workspaces,
            PasswordTokens tokens,
            AccountMailer mailer,
            UserSessions sessions,
            Accounts accounts,
            AuditRecorder audit,
            IdentitySettings settings) {
        this.users = users;
        this.access = access;
        this.workspaces = workspaces;
        this.tokens = tokens;
        this.mailer = mailer;
        this.sessions = sessions;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public PageResult<UserView> list(PageRequest page) {
        Actor actor = reader("user.list");
        WorkspaceId scope = atLarge(actor) ? null : actor.scope();
        return new PageResult<>(
                users.page(scope, page).stream().map(UserView::of).toList(),
                page.page(),
                page.size(),
                users.count(scope));
    }

    @Transactional(readOnly = true)
    public UserView get(UserId id) {
        return UserView.of(visible(reader("user.read"), id));
    }

    /** Admins and super admins read users; an impersonating super admin reads as the workspace's admin would. */
    private Actor reader(String what) {
        Actor actor = access.current();
        if (actor.role() == Role.WORKSPACE_VIEWER) {
            access.deny(actor, actor.scope(), what);
            throw new ForbiddenException("Your role may not do this.");
        }
        return actor;
    }

    private static boolean atLarge(Actor actor) {
        return actor.isSuperAdmin() && !actor.isImpersonating();
    }

    /** Creates the user without a password and emails a one-time link to set it. */
    @Transactional
    public UserView invite(String email, Role role, WorkspaceId workspace) {
        Actor actor = access.adminOrSuper("user.create");
        // Authority first, so a refused attempt is recorded whatever else is wrong with it.
        if (!actor.isSuperAdmin()) {
            if (role == Role.SUPER_ADMIN) {
                access.deny(actor, actor.workspaceId(), "user.create super admin");
                throw new ForbiddenException(
                        "Workspace admins may only add admins and viewers to their own workspace.");
            }
            if (workspace != null && !workspace.equals(actor.workspaceId())) {
                access.deny(actor, actor.workspaceId(), "user.create in another workspace");
                throw new NotFoundException("Workspace not found");
            }
        }
        FieldChecks checks = new FieldChecks();
        checks.require(EmailAddress.isValid(email), "email", "must be a valid email address");
        checks.require(role != null, "role", "must be SUPER_ADMIN, WORKSPACE_ADMIN or WORKSPACE_VIEWER");
        checks.require(
                role == null || role == Role.SUPER_ADMIN || workspace != null,
                "workspaceId",
                "is required for workspace roles");
        checks.require(role != Role.SUPER_ADMIN || workspace == null, "workspaceId", "must be empty for a super admin");
        checks.throwIfAny();
        if (workspace != null && !workspaces.exists(workspace)) {
            throw new NotFoundException("Workspace not found");
        }
        String normalized = new EmailAddress(email).value();
        if (users.findByEmail(normalized).isPresent()) {
            throw new ConflictException("A user with this email already exists.");
        }
        UserRecord created = new UserRecord(UserId.random(), normalized, null, role, workspace, false, null, null);
        users.insert(created);
        String token = tokens.issue(created.id(), "invite", settings.inviteTokenLifetime());
        mailer.sendInvite(normalized, token);
        UserRecord stored = users.find(created.id()).orElseThrow();
        audit.record(
                AuditEvent.of("user.create", "user", stored.id(), workspace).after(snapshot(stored)));
        return UserView.of(stored);
    }

    @Transactional
    public UserView changeRole(UserId id, Role role) {
        Actor actor = access.adminOrSuper("user.update");
        UserRecord before = visible(actor, id);
        if (!actor.isSuperAdmin() && role == Role.SUPER_ADMIN) {
            access.deny(actor, actor.workspaceId(), "user.update to super admin");
            throw new ForbiddenException("Only an agency super admin may grant that role.");
        }
        FieldChecks checks = new FieldChecks();
        checks.require(role != null, "role", "must be SUPER_ADMIN, WORKSPACE_ADMIN or WORKSPACE_VIEWER");
        checks.require(
                role == null || (role == Role.SUPER_ADMIN) == (before.role() == Role.SUPER_ADMIN),
                "role",
                "cannot move a user between the agency and a workspace; invite a new user instead");
        checks.throwIfAny();
        if (before.id().equals(actor.userId()) && role != before.role()) {
            throw new ConflictException("You cannot change your own role.");
        }
        users.setRole(id, role);
        UserRecord after = users.find(id).orElseThrow();
        audit.record(AuditEvent.of("user.update", "user", id, after.workspaceId())
                .before(snapshot(before))
                .after(snapshot(after)));
        return UserView.of(after);
    }

    /** Disables the user and ends every one of their sessions, on every node. */
    @Transactional
    public UserView disable(UserId id) {
        Actor actor = access.adminOrSuper("user.disable");
        UserRecord before = visible(actor, id);
        if (before.id().equals(actor.userId())) {
            throw new ConflictException("You cannot disable yourself.");
        }
        users.setDisabled(id, true);
        sessions.endAll(id, null);
        UserRecord after = users.find(id).orElseThrow();
        audit.record(AuditEvent.of("user.disable", "user", id, after.workspaceId())
                .before(snapshot(before))
                .after(snapshot(after)));
        return UserView.of(after);
    }

    @Transactional
    public UserView enable(UserId id) {
        Actor actor = access.adminOrSuper("user.enable");
        UserRecord before = visible(actor, id);
        users.setDisabled(id, false);
        UserRecord after = users.find(id).orElseThrow();
        audit.record(AuditEvent.of("user.enable", "user", id, after.workspaceId())
                .before(snapshot(before))
                .after(snapshot(after)));
        return UserView.of(after);
    }

    /** Emails the user a reset link; the link is never returned. */
    @Transactional
    public void sendReset(UserId id) {
        Actor actor = access.adminOrSuper("user.password_reset");
        UserRecord user = visible(actor, id);
        if (user.disabled()) {
            throw new ConflictException("This user is disabled; enable them first.");
        }
        accounts.adminReset(user);
    }

    /** Workspace admins see only their workspace's users; everyone else's are not found. */
    private UserRecord visible(Actor actor, UserId id) {
        UserRecord user = users.find(id).orElseThrow(() -> new NotFoundException("User not found"));
        if (!atLarge(actor)
                && (user.workspaceId() == null || !user.workspaceId().equals(actor.scope()))) {
            access.deny(actor, actor.scope(), "user outside workspace");
            throw new NotFoundException("User not found");
        }
        return user;
    }

    private static Map<String, Object> snapshot(UserRecord u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", u.email());
        m.put("role", u.role().name());
        m.put("workspaceId", u.workspaceId() == null ? null : u.workspaceId().toString());
        m.put("disabled", u.disabled());
        return m;
    }
}
