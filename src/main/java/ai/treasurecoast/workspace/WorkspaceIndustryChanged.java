package ai.treasurecoast.workspace;

import ai.treasurecoast.shared.WorkspaceId;

/**
 * Published inside the updating transaction when a workspace's industry changes, so what depends
 * on the industry (the knowledge search's learned synonyms) is rebuilt on every node.
 */
public record WorkspaceIndustryChanged(WorkspaceId workspaceId) {}
