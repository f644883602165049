package ai.treasurecoast.leads;

import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.Ids;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.Workspaces;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/workspaces/{id}")
class LeadAdminApiController {

    private final Leads leads;
    private final WorkspaceAccess access;
    private final Workspaces workspaces;

    LeadAdminApiController(Leads leads, WorkspaceAccess access, Workspaces workspaces) {
        this.leads = leads;
        this.access = access;
        this.workspaces = workspaces;
    }

    @GetMapping("/leads")
    PageResult<Map<String, Object>> leads(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        WorkspaceId workspace = readable(id);
        return leads.leads(workspace, PageRequest.of(page, size)).map(LeadAdminApiController::json);
    }

    @GetMapping("/leads/{itemId}")
    Map<String, Object> lead(@PathVariable String id, @PathVariable String itemId) {
        WorkspaceId workspace = readable(id);
        return json(leads.lead(workspace, Ids.parse(itemId)));
    }

    @GetMapping("/booking-requests")
    PageResult<Map<String, Object>> requests(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        WorkspaceId workspace = readable(id);
        return leads.bookingRequests(workspace, PageRequest.of(page, size)).map(LeadAdminApiController::json);
    }

    @GetMapping("/booking-requests/{itemId}")
    Map<String, Object> request(@PathVariable String id, @PathVariable String itemId) {
        WorkspaceId workspace = readable(id);
        return json(leads.bookingRequest(workspace, Ids.parse(itemId)));
    }

    // Access first (404 outside scope), then existence, so a super admin gets 404 for a workspace that does not exist.
    private WorkspaceId readable(String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        workspaces.get(workspace);
        return workspace;
    }

    static Map<String, Object> json(LeadView l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("workspaceId", l.workspaceId().value());
        m.put("botId", l.botId());
        m.put("name", l.name());
        m.put("email", l.email());
        m.put("phone", l.phone());
        m.put("message", l.message());
        m.put("sessionId", l.sessionId());
        m.put("createdAt", l.createdAt().toString());
        return m;
    }

    static Map<String, Object> json(BookingRequestView r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("workspaceId", r.workspaceId().value());
        m.put("botId", r.botId());
        m.put("name", r.name());
        m.put("email", r.email());
        m.put("phone", r.phone());
        m.put("service", r.service());
        m.put("preferredTime", r.preferredTime());
        m.put("notes", r.notes());
        m.put("sessionId", r.sessionId());
        m.put("status", r.status());
        m.put("createdAt", r.createdAt().toString());
        return m;
    }
}
