package ai.treasurecoast.workspace;

import ai.treasurecoast.identity.SafeMode;
import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.FormErrors;
import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspaceInputs.Booking;
import ai.treasurecoast.workspace.WorkspaceInputs.Failsafe;
import ai.treasurecoast.workspace.WorkspaceInputs.NewWorkspace;
import ai.treasurecoast.workspace.WorkspaceInputs.WorkspacePatch;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages for workspaces: the list, creating one, and its settings (general, booking, failsafe). */
@Controller
@RequestMapping("/admin/workspaces")
class WorkspaceAdminController {

    private static final List<String> ZONES = List.of(
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Phoenix",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
            "America/Puerto_Rico",
            "Europe/London",
            "UTC");

    private final Workspaces workspaces;
    private final WorkspaceAccess access;
    private final SafeMode safeMode;
    private final WorkspacePages pages;

    WorkspaceAdminController(Workspaces workspaces, WorkspaceAccess access, SafeMode safeMode, WorkspacePages pages) {
        this.workspaces = workspaces;
        this.access = access;
        this.safeMode = safeMode;
        this.pages = pages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Actor actor = access.current();
        boolean all = actor.isSuperAdmin() && !actor.isImpersonating();
        if (!all && actor.scope() != null) {
            return "redirect:/admin/workspaces/" + actor.scope();
        }
        PageResult<WorkspaceView> result = workspaces.page(all ? null : List.of(), PageRequest.of(page, 25));
        model.addAttribute("result", result);
        model.addAttribute("section", "workspaces");
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewWorkspace("", "", "general", "America/New_York"));
        }
        model.addAttribute(
                "errors", model.getAttribute("errors") == null ? FormErrors.none() : model.getAttribute("errors"));
        addChoices(model);
        return htmx != null ? "workspace/list :: rows" : "workspace/list";
    }

    @PostMapping
    String create(NewWorkspace form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.superAdmin("workspace.create");
        try {
            WorkspaceView created = workspaces.create(form, false);
            redirect.addFlashAttribute(
                    "flash", "Workspace \u201c" + created.name() + "\u201d created. Next: add a bot and some FAQs.");
            return "redirect:/admin/workspaces/" + created.id() + "/settings";
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(e));
            response.setStatus(400);
            return list(null, null, model);
        } catch (ai.treasurecoast.shared.ConflictException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", Map.of("clientId", e.getMessage()));
            response.setStatus(409);
            return list(null, null, model);
        }
    }

    @GetMapping("/{id}/settings")
    String settings(@PathVariable String id, Model model) {
        WorkspaceView view = pages.open(id, "settings", model);
        if (!model.containsAttribute("general")) {
            model.addAttribute(
                    "general", new WorkspacePatch(view.name(), view.industry(), view.timezone(), view.status()));
        }
        if (!model.containsAttribute("booking")) {
            model.addAttribute("booking", new Booking(view.bookingMode().key(), view.externalBookingUrl()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        addChoices(model);
        return "workspace/settings";
    }

    @PostMapping("/{id}/settings/general")
    String general(
            @PathVariable String id,
            WorkspacePatch form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        WorkspaceId workspace = writable(id);
        try {
            workspaces.update(
                    workspace, new WorkspacePatch(form.name(), form.industry(), form.timezone(), form.status()));
        } catch (InvalidInputException e) {
            return again(id, model, response, "general", form, e);
        }
        redirect.addFlashAttribute("flash", "General settings saved.");
        return "redirect:/admin/workspaces/" + id + "/settings";
    }

    @PostMapping("/{id}/settings/booking")
    String booking(
            @PathVariable String id,
            Booking form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        WorkspaceId workspace = writable(id);
        try {
            workspaces.setBooking(workspace, form);
        } catch (InvalidInputException e) {
            return again(id, model, response, "booking", form, e);
        }
        redirect.addFlashAttribute("flash", "Booking settings saved.");
        return "redirect:/admin/workspaces/" + id + "/settings#booking";
    }

    @PostMapping("/{id}/settings/failsafe")
    String failsafe(
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean aiEnabled,
            @RequestParam(defaultValue = "false") boolean alwaysOfferCallback,
            RedirectAttributes redirect) {
        WorkspaceId workspace = writable(id);
        workspaces.setFailsafe(workspace, new Failsafe(aiEnabled, alwaysOfferCallback));
        redirect.addFlashAttribute("flash", "Failsafe settings saved.");
        return "redirect:/admin/workspaces/" + id + "/settings#failsafe";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        access.superAdmin("workspace.delete");
        WorkspaceView view = workspaces.get(workspace);
        safeMode.check("workspace.delete", "workspace", workspace, workspace);
        workspaces.delete(workspace);
        redirect.addFlashAttribute("flash", "Workspace \u201c" + view.name() + "\u201d and all its data were deleted.");
        return "redirect:/admin/workspaces";
    }

    private String again(
            String id,
            Model model,
            HttpServletResponse response,
            String formName,
            Object form,
            InvalidInputException e) {
        model.addAttribute(formName, form);
        model.addAttribute("errors", FormErrors.of(e));
        model.addAttribute("formError", "Please correct the highlighted fields. Nothing was saved.");
        response.setStatus(400);
        return settings(id, model);
    }

    private WorkspaceId writable(String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.write(workspace);
        return workspace;
    }

    private static void addChoices(Model model) {
        model.addAttribute("industries", Industry.KEYS);
        model.addAttribute("zones", ZONES);
    }
}
