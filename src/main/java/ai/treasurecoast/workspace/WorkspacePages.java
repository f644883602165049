package ai.treasurecoast.workspace;

import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The start of every console page of one workspace: check the caller may read it, then give the
 * layout the workspace, its active tab and the navigation section.
 */
@Component
public class WorkspacePages {

    private final Workspaces workspaces;
    private final WorkspaceAccess access;

    WorkspacePages(Workspaces workspaces, WorkspaceAccess access) {
        this.workspaces = workspaces;
        this.access = access;
    }

    /** Parses the path id (a malformed one is not found), checks read access and fills the model. */
    public WorkspaceView open(String id, String tab, Model model) {
        return open(WorkspaceId.parse(id), tab, model);
    }

    public WorkspaceView open(WorkspaceId workspace, String tab, Model model) {
        access.read(workspace);
        WorkspaceView view = workspaces.get(workspace);
        model.addAttribute("workspace", view);
        model.addAttribute("tab", tab);
        model.addAttribute("section", "workspaces");
        return view;
    }
}
