package ai.treasurecoast.console;

import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.ops.InternalHealth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** System health for super admins, from the same report as {@code /api/health/internal}. */
@Controller
class SystemController {

    private final WorkspaceAccess access;
    private final InternalHealth health;

    SystemController(WorkspaceAccess access, InternalHealth health) {
        this.access = access;
        this.health = health;
    }

    @GetMapping("/admin/system")
    String system(Model model) {
        access.superAdmin("system.view");
        Map<String, Object> report = health.report();
        Map<String, Object> sections = new LinkedHashMap<>();
        report.forEach((key, value) -> {
            if (value instanceof Map<?, ?>) {
                sections.put(key, value);
            }
        });
        model.addAttribute("section", "system");
        model.addAttribute("status", report.get("status"));
        model.addAttribute("database", report.get("database"));
        model.addAttribute("version", report.get("version"));
        model.addAttribute("sections", sections);
        model.addAttribute("lastErrors", report.getOrDefault("lastErrors", List.of()));
        return "console/system";
    }
}
