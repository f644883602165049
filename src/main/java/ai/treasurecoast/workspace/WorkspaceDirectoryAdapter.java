package ai.treasurecoast.workspace;

import ai.treasurecoast.identity.WorkspaceDirectory;
import ai.treasurecoast.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/** Tells identity which workspaces exist. */
@Component
class WorkspaceDirectoryAdapter implements WorkspaceDirectory {

    private final Workspaces workspaces;

    WorkspaceDirectoryAdapter(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public boolean exists(WorkspaceId workspace) {
        return workspaces.find(workspace).isPresent();
    }
}
