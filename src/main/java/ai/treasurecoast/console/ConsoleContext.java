package ai.treasurecoast.console;

import ai.treasurecoast.workspace.WorkspaceView;

/**
 * What every console page knows about the person looking at it; the layout's nav and banners
 * read it. It only mirrors the server's rules: every controller still checks access itself.
 */
public record ConsoleContext(
        String email,
        String roleLabel,
        boolean superAdmin,
        boolean impersonating,
        String impersonatedName,
        boolean canWrite,
        boolean mayManageUsers,
        boolean mayViewAudit,
        WorkspaceView workspace,
        String notificationsProblem,
        boolean safeMode) {}
