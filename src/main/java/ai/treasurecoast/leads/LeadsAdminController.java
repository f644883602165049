package ai.treasurecoast.leads;

import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.Ids;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Console pages for a workspace's leads and booking requests (read-only: visitors create them). */
@Controller
class LeadsAdminController {

    private final Leads leads;
    private final Workspaces workspaces;
    private final WorkspaceAccess access;

    LeadsAdminController(Leads leads, Workspaces workspaces, WorkspaceAccess access) {
        this.leads = leads;
        this.workspaces = workspaces;
        this.access = access;
    }

    @GetMapping("/admin/workspaces/{id}/leads")
    String leads(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        WorkspaceId workspace = common(id, "leads", model);
        model.addAttribute("result", leads.leads(workspace, PageRequest.of(page, 50)));
        return htmx != null ? "leads/leads :: rows" : "leads/leads";
    }

    @GetMapping("/admin/workspaces/{id}/leads/{itemId}")
    String lead(@PathVariable String id, @PathVariable String itemId, Model model) {
        WorkspaceId workspace = common(id, "leads", model);
        model.addAttribute("lead", leads.lead(workspace, Ids.parse(itemId)));
        return "leads/lead";
    }

    @GetMapping("/admin/workspaces/{id}/booking-requests")
    String bookingRequests(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        WorkspaceId workspace = common(id, "booking-requests", model);
        model.addAttribute("result", leads.bookingRequests(workspace, PageRequest.of(page, 50)));
        return htmx != null ? "leads/booking-requests :: rows" : "leads/booking-requests";
    }

    private WorkspaceId common(String id, String tab, Model model) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        model.addAttribute("workspace", workspaces.get(workspace));
        model.addAttribute("tab", tab);
        model.addAttribute("section", "workspaces");
        return workspace;
    }
}
