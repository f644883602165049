package ai.treasurecoast.leads;

import ai.treasurecoast.shared.Ids;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspacePages;
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
    private final WorkspacePages pages;

    LeadsAdminController(Leads leads, WorkspacePages pages) {
        this.leads = leads;
        this.pages = pages;
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
        return pages.open(id, tab, model).id();
    }
}
