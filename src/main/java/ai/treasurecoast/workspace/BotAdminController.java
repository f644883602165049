package ai.treasurecoast.workspace;

import ai.treasurecoast.identity.SafeMode;
import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.ConflictException;
import ai.treasurecoast.shared.FormErrors;
import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspaceInputs.BotInput;
import ai.treasurecoast.workspace.WorkspaceInputs.Theme;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages for a workspace's bots: list, create, edit, the embed snippet and allowed origins. */
@Controller
@RequestMapping("/admin/workspaces/{id}/bots")
class BotAdminController {

    /** The bot form as the browser sends it: lists arrive as one entry per line. */
    record BotForm(
            String botId,
            String name,
            String greeting,
            String primaryColor,
            String position,
            String allowedOrigins,
            String quickReplies,
            Boolean active) {

        static BotForm empty() {
            return new BotForm("", "", "Hi! How can we help you today?", "#0f766e", "right", "", "", true);
        }

        static BotForm of(BotView b) {
            return new BotForm(
                    b.botId(),
                    b.name(),
                    b.greeting(),
                    b.primaryColor(),
                    b.position(),
                    String.join("\n", b.allowedOrigins()),
                    String.join("\n", b.quickReplies()),
                    b.active());
        }

        BotInput input() {
            return new BotInput(
                    blankToNull(botId),
                    name == null ? "" : name,
                    greeting,
                    new Theme(blankToNull(primaryColor), blankToNull(position)),
                    lines(allowedOrigins),
                    lines(quickReplies),
                    active != null && active);
        }

        private static List<String> lines(String text) {
            if (text == null) {
                return List.of();
            }
            return Arrays.stream(text.split("\\R"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    private final Bots bots;
    private final Workspaces workspaces;
    private final WorkspaceAccess access;
    private final SafeMode safeMode;
    private final String baseUrl;

    BotAdminController(
            Bots bots,
            Workspaces workspaces,
            WorkspaceAccess access,
            SafeMode safeMode,
            @Value("${app.base-url}") String baseUrl) {
        this.bots = bots;
        this.workspaces = workspaces;
        this.access = access;
        this.safeMode = safeMode;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping
    String list(@PathVariable String id, Model model) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        common(model, workspace);
        model.addAttribute("bots", bots.list(workspace));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BotForm.empty());
            model.addAttribute("errors", FormErrors.none());
        }
        return "workspace/bots";
    }

    @PostMapping
    String create(
            @PathVariable String id,
            BotForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        WorkspaceId workspace = writable(id);
        try {
            BotView bot = bots.create(workspace, form.input());
            redirect.addFlashAttribute(
                    "flash",
                    "Bot \u201c" + bot.name() + "\u201d created. Copy the embed code below onto your website.");
            return "redirect:/admin/workspaces/" + id + "/bots/" + bot.botId();
        } catch (InvalidInputException e) {
            return failed(id, form, model, response, FormErrors.of(e), 400);
        } catch (ConflictException e) {
            return failed(id, form, model, response, Map.of("botId", e.getMessage()), 409);
        }
    }

    @GetMapping("/{botId}")
    String edit(@PathVariable String id, @PathVariable String botId, Model model) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        common(model, workspace);
        BotView bot = bots.get(workspace, botId);
        WorkspaceView view = workspaces.get(workspace);
        model.addAttribute("bot", bot);
        model.addAttribute(
                "embed",
                "<script async src=\"" + baseUrl + "/widget.js\" data-client-id=\"" + view.clientId()
                        + "\" data-bot-id=\"" + bot.botId() + "\"></script>");
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BotForm.of(bot));
            model.addAttribute("errors", FormErrors.none());
        }
        return "workspace/bot";
    }

    @PostMapping("/{botId}")
    String update(
            @PathVariable String id,
            @PathVariable String botId,
            BotForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        WorkspaceId workspace = writable(id);
        try {
            bots.update(workspace, botId, form.input());
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("formError", "Please correct the highlighted fields. Nothing was saved.");
            response.setStatus(400);
            return edit(id, botId, model);
        }
        redirect.addFlashAttribute("flash", "Bot saved.");
        return "redirect:/admin/workspaces/" + id + "/bots/" + botId;
    }

    @PostMapping("/{botId}/delete")
    String delete(@PathVariable String id, @PathVariable String botId, RedirectAttributes redirect) {
        WorkspaceId workspace = writable(id);
        BotView bot = bots.get(workspace, botId);
        safeMode.check("bot.delete", "bot", botId, workspace);
        bots.delete(workspace, botId);
        redirect.addFlashAttribute(
                "flash", "Bot \u201c" + bot.name() + "\u201d deleted. Remove its embed code from your website.");
        return "redirect:/admin/workspaces/" + id + "/bots";
    }

    private String failed(
            String id,
            BotForm form,
            Model model,
            HttpServletResponse response,
            Map<String, String> errors,
            int status) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", "Please correct the highlighted fields. Nothing was saved.");
        response.setStatus(status);
        return list(id, model);
    }

    private void common(Model model, WorkspaceId workspace) {
        model.addAttribute("workspace", workspaces.get(workspace));
        model.addAttribute("tab", "bots");
        model.addAttribute("section", "workspaces");
    }

    private WorkspaceId writable(String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.write(workspace);
        return workspace;
    }
}
