package ai.treasurecoast.knowledge;

import ai.treasurecoast.identity.SafeMode;
import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.knowledge.KnowledgeInputs.ArticleInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.ServiceInput;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.Workspaces;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/workspaces/{id}")
class KnowledgeAdminApiController {

    private final KnowledgeBase knowledge;
    private final WorkspaceAccess access;
    private final SafeMode safeMode;
    private final Workspaces workspaces;

    KnowledgeAdminApiController(
            KnowledgeBase knowledge, WorkspaceAccess access, SafeMode safeMode, Workspaces workspaces) {
        this.knowledge = knowledge;
        this.access = access;
        this.safeMode = safeMode;
        this.workspaces = workspaces;
    }

    @GetMapping("/faqs")
    PageResult<Faq> faqs(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return knowledge.faqs(readable(id), PageRequest.of(page, size));
    }

    @PostMapping("/faqs")
    ResponseEntity<Faq> createFaq(@PathVariable String id, @RequestBody FaqInput body) {
        return ResponseEntity.status(201).body(knowledge.createFaq(writable(id), body));
    }

    @GetMapping("/faqs/{itemId}")
    Faq faq(@PathVariable String id, @PathVariable String itemId) {
        return knowledge.faq(readable(id), itemId(itemId));
    }

    @RequestMapping(
            path = "/faqs/{itemId}",
            method = {RequestMethod.PATCH, RequestMethod.PUT})
    Faq updateFaq(@PathVariable String id, @PathVariable String itemId, @RequestBody FaqInput body) {
        WorkspaceId workspace = writable(id);
        return knowledge.updateFaq(workspace, itemId(itemId), body);
    }

    @DeleteMapping("/faqs/{itemId}")
    ResponseEntity<Void> deleteFaq(@PathVariable String id, @PathVariable String itemId) {
        WorkspaceId workspace = writable(id);
        UUID item = itemId(itemId);
        // The item first, as bot deletes do: an unknown one is 404, not a blocked attempt.
        knowledge.faq(workspace, item);
        safeMode.check("faq.delete", "faq", item, workspace);
        knowledge.deleteFaq(workspace, item);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/articles")
    PageResult<Article> articles(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return knowledge.articles(readable(id), PageRequest.of(page, size));
    }

    @PostMapping("/articles")
    ResponseEntity<Article> createArticle(@PathVariable String id, @RequestBody ArticleInput body) {
        return ResponseEntity.status(201).body(knowledge.createArticle(writable(id), body));
    }

    @GetMapping("/articles/{itemId}")
    Article article(@PathVariable String id, @PathVariable String itemId) {
        return knowledge.article(readable(id), itemId(itemId));
    }

    @RequestMapping(
            path = "/articles/{itemId}",
            method = {RequestMethod.PATCH, RequestMethod.PUT})
    Article updateArticle(@PathVariable String id, @PathVariable String itemId, @RequestBody ArticleInput body) {
        WorkspaceId workspace = writable(id);
        return knowledge.updateArticle(workspace, itemId(itemId), body);
    }

    @DeleteMapping("/articles/{itemId}")
    ResponseEntity<Void> deleteArticle(@PathVariable String id, @PathVariable String itemId) {
        WorkspaceId workspace = writable(id);
        UUID item = itemId(itemId);
        knowledge.article(workspace, item);
        safeMode.check("article.delete", "article", item, workspace);
        knowledge.deleteArticle(workspace, item);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/services")
    PageResult<ServiceOffering> services(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return knowledge.services(readable(id), PageRequest.of(page, size));
    }

    @PostMapping("/services")
    ResponseEntity<ServiceOffering> createService(@PathVariable String id, @RequestBody ServiceInput body) {
        return ResponseEntity.status(201).body(knowledge.createService(writable(id), body));
    }

    @GetMapping("/services/{itemId}")
    ServiceOffering service(@PathVariable String id, @PathVariable String itemId) {
        return knowledge.service(readable(id), itemId(itemId));
    }

    @RequestMapping(
            path = "/services/{itemId}",
            method = {RequestMethod.PATCH, RequestMethod.PUT})
    ServiceOffering updateService(
            @PathVariable String id, @PathVariable String itemId, @RequestBody ServiceInput body) {
        WorkspaceId workspace = writable(id);
        return knowledge.updateService(workspace, itemId(itemId), body);
    }

    @DeleteMapping("/services/{itemId}")
    ResponseEntity<Void> deleteService(@PathVariable String id, @PathVariable String itemId) {
        WorkspaceId workspace = writable(id);
        UUID item = itemId(itemId);
        knowledge.service(workspace, item);
        safeMode.check("service.delete", "service", item, workspace);
        knowledge.deleteService(workspace, item);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/hours")
    Hours hours(@PathVariable String id) {
        return knowledge.hours(readable(id));
    }

    @PutMapping("/hours")
    Hours setHours(@PathVariable String id, @RequestBody Hours body) {
        return knowledge.setHours(writable(id), body);
    }

    // Access first (404 outside scope), then existence, so a super admin gets 404 for a workspace that does not exist.
    private WorkspaceId readable(String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        workspaces.get(workspace);
        return workspace;
    }

    private WorkspaceId writable(String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.write(workspace);
        workspaces.get(workspace);
        return workspace;
    }

    private static UUID itemId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Item not found");
        }
    }
}
