package ai.treasurecoast.console;

import ai.treasurecoast.identity.SafeMode;
import ai.treasurecoast.identity.Users;
import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspaceView;
import ai.treasurecoast.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Adds {@link ConsoleContext} as {@code console} to every rendered console page (not to redirects). */
class ConsoleModelInterceptor implements HandlerInterceptor {

    private static final Pattern WORKSPACE_PATH = Pattern.compile("^/admin/workspaces/([0-9a-fA-F-]{36})(/.*)?$");

    private final WorkspaceAccess access;
    private final Workspaces workspaces;
    private final SafeMode safeMode;
    private final NotificationBanner banner;

    private final Users users;

    ConsoleModelInterceptor(
            WorkspaceAccess access, Workspaces workspaces, SafeMode safeMode, NotificationBanner banner, Users users) {
        this.users = users;
        this.access = access;
        this.workspaces = workspaces;
        this.safeMode = safeMode;
        this.banner = banner;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
            return;
        }
        Optional<Actor> current = Actor.current();
        if (current.isEmpty()) {
            return;
        }
        Actor actor = current.get();
        boolean superAdmin = actor.isSuperAdmin() && !actor.isImpersonating();
        WorkspaceView workspace = workspaceOf(request, actor).orElse(null);
        String impersonatedName = null;
        if (actor.isImpersonating()) {
            impersonatedName = workspaces
                    .find(actor.impersonating())
                    .map(WorkspaceView::name)
                    .orElse("a workspace");
        }
        String problem =
                workspace == null ? null : banner.problem(workspace.id()).orElse(null);
        boolean mayAdminister = !actor.isImpersonating() && actor.role() != Role.WORKSPACE_VIEWER;
        String uri = request.getRequestURI();
        if (superAdmin && (uri.startsWith("/admin/users") || uri.startsWith("/admin/audit-logs"))) {
            Map<String, String> names = new LinkedHashMap<>();
            workspaces
                    .page(null, new PageRequest(0, PageRequest.MAX_SIZE))
                    .items()
                    .forEach(w -> names.put(w.id().toString(), w.name()));
            view.addObject("workspaceNames", names);
        }
        if (mayAdminister && uri.startsWith("/admin/audit-logs")) {
            Map<String, String> emails = new LinkedHashMap<>();
            users.list(new PageRequest(0, PageRequest.MAX_SIZE))
                    .items()
                    .forEach(u -> emails.put(u.id().value().toString(), u.email()));
            view.addObject("userEmails", emails);
        }
        view.addObject(
                "console",
                new ConsoleContext(
                        actor.email(),
                        roleLabel(actor),
                        superAdmin,
                        actor.isImpersonating(),
                        impersonatedName,
                        access.canWrite(actor),
                        mayAdminister,
                        mayAdminister,
                        workspace,
                        problem,
                        safeMode.enabled()));
    }

    /** The workspace in the path when the actor may see it, else the actor's own workspace. */
    private Optional<WorkspaceView> workspaceOf(HttpServletRequest request, Actor actor) {
        Matcher m = WORKSPACE_PATH.matcher(request.getRequestURI());
        if (m.matches()) {
            try {
                WorkspaceId id = WorkspaceId.of(UUID.fromString(m.group(1)));
                if (access.inScope(actor, id)) {
                    return workspaces.find(id);
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
        return actor.scope() == null ? Optional.empty() : workspaces.find(actor.scope());
    }

    static String roleLabel(Actor actor) {
        if (actor.isImpersonating()) {
            return "Agency admin, viewing as client";
        }
        return switch (actor.role()) {
            case SUPER_ADMIN -> "Agency admin";
            case WORKSPACE_ADMIN -> "Admin";
            case WORKSPACE_VIEWER -> "Viewer";
        };
    }
}
