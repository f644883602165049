package ai.treasurecoast.demo;

import ai.treasurecoast.identity.WorkspaceAccess;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/demo/reset}, super admins only. Allowed in demo safe mode: it only
 * restores the demo's own data to the templates and never touches a real workspace.
 */
@RestController
class DemoAdminApiController {

    private final WorkspaceAccess access;
    private final DemoData demo;

    DemoAdminApiController(WorkspaceAccess access, DemoData demo) {
        this.access = access;
        this.demo = demo;
    }

    @PostMapping("/api/admin/demo/reset")
    Map<String, Object> reset() {
        access.superAdmin("demo.reset");
        DemoData.Outcome outcome = demo.reset();
        List<Map<String, Object>> seeded = outcome.seeded().stream()
                .map(w -> Map.<String, Object>of(
                        "workspaceId", w.id().value().toString(),
                        "clientId", w.clientId(),
                        "industry", w.industry(),
                        "name", w.name()))
                .toList();
        return Map.of("removed", outcome.removed(), "seeded", seeded, "skipped", outcome.skipped());
    }
}
