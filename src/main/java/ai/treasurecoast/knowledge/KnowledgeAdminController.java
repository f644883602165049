package ai.treasurecoast.knowledge;

import ai.treasurecoast.identity.SafeMode;
import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.knowledge.KnowledgeInputs.ArticleInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.ServiceInput;
import ai.treasurecoast.shared.FormErrors;
import ai.treasurecoast.shared.Ids;
import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspacePages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors for FAQs, articles and services: the knowledge the bot answers from. Hours have their own page. */
@Controller
@RequestMapping("/admin/workspaces/{id}")
class KnowledgeAdminController {

    private static final Map<String, String> NOUNS =
            Map.of("faqs", "FAQ", "articles", "Article", "services", "Service");

    private final KnowledgeBase knowledge;
    private final WorkspacePages pages;
    private final WorkspaceAccess access;
    private final SafeMode safeMode;

    KnowledgeAdminController(KnowledgeBase knowledge, WorkspacePages pages, WorkspaceAccess access, SafeMode safeMode) {
        this.knowledge = knowledge;
        this.pages = pages;
        this.access = access;
        this.safeMode = safeMode;
    }

    @GetMapping("/{kind:faqs|articles|services}")
    String list(
            @PathVariable String id,
            @PathVariable String kind,
            @RequestParam(required = false) Integer page,
            Model model) {
        WorkspaceId workspace = pages.open(id, "knowledge", model).id();
        model.addAttribute("kind", kind);
        model.addAttribute("noun", NOUNS.get(kind));
        PageRequest request = PageRequest.of(page, 50);
        model.addAttribute(
                "result",
                switch (kind) {
                    case "faqs" -> knowledge.faqs(workspace, request);
                    case "articles" -> knowledge.articles(workspace, request);
                    default -> knowledge.services(workspace, request);
                });
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
            model.addAttribute("form", Map.of());
        }
        return "knowledge/list";
    }

    @PostMapping("/{kind:faqs|articles|services}")
    String create(
            @PathVariable String id,
            @PathVariable String kind,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(id, kind, null, form, model, redirect, response);
    }

    @PostMapping("/{kind:faqs|articles|services}/{itemId}")
    String update(
            @PathVariable String id,
            @PathVariable String kind,
            @PathVariable String itemId,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(id, kind, Ids.parse(itemId), form, model, redirect, response);
    }

    @PostMapping("/{kind:faqs|articles|services}/{itemId}/delete")
    String delete(
            @PathVariable String id,
            @PathVariable String kind,
            @PathVariable String itemId,
            RedirectAttributes redirect) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.write(workspace);
        UUID item = Ids.parse(itemId);
        String noun = NOUNS.get(kind);
        safeMode.check(noun.toLowerCase() + ".delete", noun.toLowerCase(), item, workspace);
        switch (kind) {
            case "faqs" -> knowledge.deleteFaq(workspace, item);
            case "articles" -> knowledge.deleteArticle(workspace, item);
            default -> knowledge.deleteService(workspace, item);
        }
        redirect.addFlashAttribute("flash", noun + " deleted. The bot stops using it right away.");
        return "redirect:/admin/workspaces/" + id + "/" + kind;
    }

    private String save(
            String id,
            String kind,
            UUID item,
            Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.write(workspace);
        try {
            switch (kind) {
                case "faqs" -> {
                    FaqInput input = new FaqInput(form.get("question"), form.get("answer"));
                    if (item == null) {
                        knowledge.createFaq(workspace, input);
                    } else {
                        knowledge.updateFaq(workspace, item, input);
                    }
                }
                case "articles" -> {
                    ArticleInput input = new ArticleInput(form.get("title"), form.get("body"));
                    if (item == null) {
                        knowledge.createArticle(workspace, input);
                    } else {
                        knowledge.updateArticle(workspace, item, input);
                    }
                }
                default -> {
                    ServiceInput input = new ServiceInput(
                            form.get("name"),
                            form.get("description"),
                            blankToNull(form.get("priceText")),
                            minutes(form.get("durationMinutes")));
                    if (item == null) {
                        knowledge.createService(workspace, input);
                    } else {
                        knowledge.updateService(workspace, item, input);
                    }
                }
            }
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("form", form);
            model.addAttribute("editing", item == null ? null : item.toString());
            model.addAttribute("formError", "Please correct the highlighted fields. Nothing was saved.");
            response.setStatus(400);
            return list(id, kind, null, model);
        }
        redirect.addFlashAttribute(
                "flash", NOUNS.get(kind) + (item == null ? " added." : " saved.") + " The bot uses it from now on.");
        return "redirect:/admin/workspaces/" + id + "/" + kind;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Integer minutes(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("durationMinutes", "must be a whole number of minutes");
        }
    }
}
