package ai.treasurecoast.workspace;

import ai.treasurecoast.shared.WorkspaceId;

/**
 * Published inside the deleting transaction, before the workspace row goes, so modules whose
 * tables do not cascade can remove their rows of this workspace (and only this one).
 */
public record WorkspaceDeleting(WorkspaceId workspaceId) {}
