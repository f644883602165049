package ai.treasurecoast.demo;

import ai.treasurecoast.identity.WorkspaceAccess;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Reset demo workspaces" on the console's system page; super admins only, demo workspaces only. */
@Controller
class DemoConsoleController {

    private final WorkspaceAccess access;
    private final DemoData demo;

    DemoConsoleController(WorkspaceAccess access, DemoData demo) {
        this.access = access;
        this.demo = demo;
    }

    @PostMapping("/admin/demo/reset")
    String reset(RedirectAttributes redirect) {
        access.superAdmin("demo.reset");
        DemoData.Outcome outcome = demo.reset();
        redirect.addFlashAttribute(
                "flash",
                "Demo workspaces reset: " + outcome.seeded().size() + " seeded, " + outcome.removed()
                        + " removed. Client workspaces were not touched.");
        return "redirect:/admin/system";
    }
}
