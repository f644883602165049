package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "View as client" from the console: start and stop, both through {@link Impersonation}. */
@Controller
class ConsoleImpersonationController {

    private final Impersonation impersonation;
    private final WorkspaceAccess access;

    ConsoleImpersonationController(Impersonation impersonation, WorkspaceAccess access) {
        this.impersonation = impersonation;
        this.access = access;
    }

    @PostMapping("/admin/impersonation")
    String start(
            @RequestParam(defaultValue = "") String workspaceId,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        access.superAdmin("impersonation.start");
        WorkspaceId workspace = WorkspaceId.parse(workspaceId);
        impersonation.start(workspace, request, response);
        redirect.addFlashAttribute(
                "flash", "You are now viewing this workspace as its admin would. Changes are disabled.");
        return "redirect:/admin/workspaces/" + workspace;
    }

    @PostMapping("/admin/impersonation/stop")
    String stop(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Actor before = access.current();
        impersonation.stop(request, response);
        redirect.addFlashAttribute("flash", "You stopped viewing as the client.");
        return before.impersonating() == null
                ? "redirect:/admin"
                : "redirect:/admin/workspaces/" + before.impersonating();
    }
}
