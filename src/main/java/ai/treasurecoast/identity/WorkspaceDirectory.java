package ai.treasurecoast.identity;

import ai.treasurecoast.shared.WorkspaceId;

/** Implemented by the workspace module, so identity can check a workspace exists without depending on it. */
public interface WorkspaceDirectory {

    boolean exists(WorkspaceId workspace);
}
