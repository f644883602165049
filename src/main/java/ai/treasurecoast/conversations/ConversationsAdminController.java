package ai.treasurecoast.conversations;

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

/** Conversations with a transcript viewer (text only, crisis marked) and the questions the bot could not answer. */
@Controller
class ConversationsAdminController {

    private final Conversations conversations;
    private final WorkspacePages pages;

    ConversationsAdminController(Conversations conversations, WorkspacePages pages) {
        this.conversations = conversations;
        this.pages = pages;
    }

    @GetMapping("/admin/workspaces/{id}/conversations")
    String list(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String filter,
            Model model) {
        WorkspaceId workspace = common(id, model);
        boolean crisis = "crisis".equals(filter);
        model.addAttribute("filter", crisis ? "crisis" : "all");
        model.addAttribute(
                "result",
                crisis
                        ? conversations.crisisFlagged(workspace, PageRequest.of(page, 50))
                        : conversations.page(workspace, PageRequest.of(page, 50)));
        model.addAttribute("unanswered", conversations.unanswered(workspace, PageRequest.of(0, 10)));
        return "conversations/list";
    }

    @GetMapping("/admin/workspaces/{id}/conversations/{itemId}")
    String transcript(
            @PathVariable String id,
            @PathVariable String itemId,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        WorkspaceId workspace = common(id, model);
        model.addAttribute("detail", conversations.get(workspace, Ids.parse(itemId)));
        return htmx != null ? "conversations/transcript :: transcript" : "conversations/transcript";
    }

    private WorkspaceId common(String id, Model model) {
        return pages.open(id, "conversations", model).id();
    }
}
