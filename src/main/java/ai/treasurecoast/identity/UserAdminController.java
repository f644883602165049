package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.ConflictException;
import ai.treasurecoast.shared.FormErrors;
import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.UserId;
import ai.treasurecoast.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The users page: invite, change role, disable, enable and send a reset link. {@link Users} enforces the rules. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    /** The invite form as the browser sends it. */
    record InviteForm(String email, String role, String workspaceId) {}

    private final Users users;
    private final WorkspaceAccess access;

    UserAdminController(Users users, WorkspaceAccess access) {
        this.users = users;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = access.adminOrSuper("user.list");
        model.addAttribute("result", users.list(PageRequest.of(page, 50)));
        model.addAttribute("section", "users");
        model.addAttribute("me", actor.userId());
        model.addAttribute("superAdmin", actor.isSuperAdmin());
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new InviteForm(
                            "",
                            "WORKSPACE_ADMIN",
                            actor.workspaceId() == null
                                    ? ""
                                    : actor.workspaceId().toString()));
            model.addAttribute("errors", FormErrors.none());
        }
        return "identity/users";
    }

    @PostMapping
    String invite(InviteForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = access.adminOrSuper("user.create");
        Role role = Role.parse(form.role());
        WorkspaceId workspace = actor.isSuperAdmin()
                ? (form.workspaceId() == null || form.workspaceId().isBlank() || role == Role.SUPER_ADMIN
                        ? null
                        : WorkspaceId.parse(form.workspaceId()))
                : actor.workspaceId();
        try {
            UserView created =
                    users.invite(form.email() == null ? "" : form.email().trim(), role, workspace);
            redirect.addFlashAttribute(
                    "flash", "Invitation sent to " + created.email() + ". The link works for 7 days.");
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            return failed(form, model, response, FormErrors.of(e), 400);
        } catch (ConflictException e) {
            return failed(form, model, response, Map.of("email", e.getMessage()), 409);
        }
    }

    @PostMapping("/{id}/role")
    String changeRole(
            @PathVariable String id, @RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
        UserView user = users.changeRole(UserId.parse(id), Role.parse(role));
        redirect.addFlashAttribute("flash", user.email() + " is now " + label(user.role()) + ".");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable String id, RedirectAttributes redirect) {
        UserView user = users.disable(UserId.parse(id));
        redirect.addFlashAttribute("flash", user.email() + " is disabled and was logged out everywhere.");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable String id, RedirectAttributes redirect) {
        UserView user = users.enable(UserId.parse(id));
        redirect.addFlashAttribute("flash", user.email() + " can log in again.");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/reset-password")
    String reset(@PathVariable String id, RedirectAttributes redirect) {
        UserId user = UserId.parse(id);
        users.sendReset(user);
        redirect.addFlashAttribute(
                "flash",
                "A password reset link was emailed to " + users.get(user).email() + ".");
        return "redirect:/admin/users";
    }

    private String failed(
            InviteForm form, Model model, HttpServletResponse response, Map<String, String> errors, int status) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", "The invitation was not sent. Please correct the highlighted fields.");
        response.setStatus(status);
        return list(null, model);
    }

    static String label(Role role) {
        return switch (role) {
            case SUPER_ADMIN -> "an agency admin";
            case WORKSPACE_ADMIN -> "an admin";
            case WORKSPACE_VIEWER -> "a viewer";
        };
    }
}
