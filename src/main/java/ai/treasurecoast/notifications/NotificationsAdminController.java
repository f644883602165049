package ai.treasurecoast.notifications;

import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.FormErrors;
import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspacePages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notifications page: who is alerted, whether alerts get through, a test send and the delivery log. */
@Controller
@RequestMapping("/admin/workspaces/{id}/notifications")
class NotificationsAdminController {

    /** The settings form: recipients one per line. */
    record SettingsForm(String emailRecipients, String smsRecipients, boolean enabled, boolean dailyDigest) {}

    private final Notifications notifications;
    private final WorkspacePages pages;
    private final WorkspaceAccess access;

    NotificationsAdminController(Notifications notifications, WorkspacePages pages, WorkspaceAccess access) {
        this.notifications = notifications;
        this.pages = pages;
        this.access = access;
    }

    @GetMapping
    String page(@PathVariable String id, Model model) {
        WorkspaceId workspace = pages.open(id, "notifications", model).id();
        model.addAttribute("status", notifications.status(workspace));
        model.addAttribute("log", notifications.log(workspace, PageRequest.of(0, 20)));
        if (!model.containsAttribute("form")) {
            NotificationPreferences p = notifications.settings(workspace);
            model.addAttribute(
                    "form",
                    new SettingsForm(
                            String.join("\n", p.emailRecipients()),
                            String.join("\n", p.smsRecipients()),
                            p.enabled(),
                            p.dailyDigest()));
            model.addAttribute("errors", FormErrors.none());
        }
        return "notifications/page";
    }

    @PostMapping("/settings")
    String save(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String emailRecipients,
            @RequestParam(defaultValue = "") String smsRecipients,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(defaultValue = "false") boolean dailyDigest,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.write(workspace);
        try {
            notifications.updateSettings(
                    workspace,
                    new Notifications.SettingsUpdate(
                            lines(emailRecipients), lines(smsRecipients), enabled, dailyDigest));
        } catch (InvalidInputException e) {
            model.addAttribute("form", new SettingsForm(emailRecipients, smsRecipients, enabled, dailyDigest));
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute(
                    "formError",
                    "Nothing was saved: " + e.errors().get(0).field() + " "
                            + e.errors().get(0).message() + ".");
            response.setStatus(400);
            return page(id, model);
        }
        redirect.addFlashAttribute("flash", "Notification settings saved. Send a test to check that alerts arrive.");
        return "redirect:/admin/workspaces/" + id + "/notifications";
    }

    @PostMapping("/test")
    String test(@PathVariable String id, RedirectAttributes redirect) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.write(workspace);
        TestSendResult result = notifications.test(workspace);
        if ("sent".equals(result.result())) {
            redirect.addFlashAttribute("flash", "Test notification sent. " + nullToEmpty(result.reason()));
        } else {
            redirect.addFlashAttribute(
                    "testFailure",
                    result.reason() == null ? "The test notification could not be sent." : result.reason());
        }
        return "redirect:/admin/workspaces/" + id + "/notifications";
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("[\\r\\n,]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
