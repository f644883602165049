package ai.treasurecoast.console;

import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.Bots;
import ai.treasurecoast.workspace.WorkspaceView;
import ai.treasurecoast.workspace.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The agency's overview at {@code /admin} and each workspace's dashboard. */
@Controller
class DashboardController {

    private static final int DAYS = 30;

    private final WorkspaceAccess access;
    private final Workspaces workspaces;
    private final Bots bots;
    private final WorkspaceActivity activity;

    DashboardController(WorkspaceAccess access, Workspaces workspaces, Bots bots, WorkspaceActivity activity) {
        this.access = access;
        this.workspaces = workspaces;
        this.bots = bots;
        this.activity = activity;
    }

    @GetMapping("/admin")
    String home(Model model) {
        Actor actor = access.current();
        if (actor.scope() != null) {
            return "redirect:/admin/workspaces/" + actor.scope();
        }
        model.addAttribute("section", "dashboard");
        model.addAttribute("result", workspaces.page(null, PageRequest.of(0, 200)));
        return "console/agency";
    }

    @GetMapping("/admin/workspaces/{id}")
    String workspace(@PathVariable String id, Model model) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        WorkspaceView view = workspaces.get(workspace);
        WorkspaceActivity.Figures figures = activity.lastDays(workspace, DAYS);
        model.addAttribute("section", "dashboard");
        model.addAttribute("workspace", view);
        model.addAttribute("tab", "overview");
        model.addAttribute("bots", bots.list(workspace));
        model.addAttribute(
                "totals",
                java.util.stream.IntStream.range(0, figures.series().size())
                        .mapToObj(figures::total)
                        .toList());
        model.addAttribute("chart", Chart.of(figures.days(), figures.series()));
        return "console/workspace";
    }
}
