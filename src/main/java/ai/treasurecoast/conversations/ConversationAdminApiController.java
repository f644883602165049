package ai.treasurecoast.conversations;

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
@RequestMapping("/api/admin/workspaces/{id}/conversations")
class ConversationAdminApiController {

    private final Conversations conversations;
    private final WorkspaceAccess access;
    private final Workspaces workspaces;

    ConversationAdminApiController(Conversations conversations, WorkspaceAccess access, Workspaces workspaces) {
        this.conversations = conversations;
        this.access = access;
        this.workspaces = workspaces;
    }

    @GetMapping
    PageResult<Map<String, Object>> list(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Boolean urgent) {
        WorkspaceId workspace = readable(id);
        PageRequest request = PageRequest.of(page, size);
        PageResult<ConversationView> result = Boolean.TRUE.equals(urgent)
                ? conversations.crisisFlagged(workspace, request)
                : conversations.page(workspace, request);
        return result.map(ConversationAdminApiController::json);
    }

    @GetMapping("/{itemId}")
    Map<String, Object> get(@PathVariable String id, @PathVariable String itemId) {
        WorkspaceId workspace = readable(id);
        ConversationDetail detail = conversations.get(workspace, Ids.parse(itemId));
        Map<String, Object> body = json(detail.conversation());
        body.put(
                "messages",
                detail.messages().stream()
                        .map(ConversationAdminApiController::json)
                        .toList());
        return body;
    }

    // Access first (404 outside scope), then existence, so a super admin gets 404 for a workspace that does not exist.
    private WorkspaceId readable(String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        workspaces.get(workspace);
        return workspace;
    }

    static Map<String, Object> json(ConversationView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("workspaceId", c.workspaceId().value());
        m.put("botId", c.botId());
        m.put("urgent", c.urgent());
        m.put("crisisCategory", c.crisisCategory());
        m.put("messageCount", c.messageCount());
        m.put("startedAt", c.startedAt().toString());
        m.put("lastMessageAt", c.lastMessageAt().toString());
        return m;
    }

    static Map<String, Object> json(MessageView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("visitorText", v.visitorText());
        m.put("replyText", v.replyText());
        m.put("kind", v.replyKind());
        m.put("sources", v.sources());
        m.put("createdAt", v.createdAt().toString());
        return m;
    }
}
