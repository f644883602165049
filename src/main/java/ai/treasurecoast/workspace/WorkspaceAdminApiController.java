package ai.treasurecoast.workspace;

import ai.treasurecoast.identity.SafeMode;
import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspaceInputs.Booking;
import ai.treasurecoast.workspace.WorkspaceInputs.BotInput;
import ai.treasurecoast.workspace.WorkspaceInputs.Failsafe;
import ai.treasurecoast.workspace.WorkspaceInputs.NewWorkspace;
import ai.treasurecoast.workspace.WorkspaceInputs.Retention;
import ai.treasurecoast.workspace.WorkspaceInputs.WorkspacePatch;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/workspaces")
class WorkspaceAdminApiController {

    private final Workspaces workspaces;
    private final Bots bots;
    private final WorkspaceAccess access;
    private final SafeMode safeMode;

    WorkspaceAdminApiController(Workspaces workspaces, Bots bots, WorkspaceAccess access, SafeMode safeMode) {
        this.workspaces = workspaces;
        this.bots = bots;
        this.access = access;
        this.safeMode = safeMode;
    }

    @GetMapping
    PageResult<WorkspaceJson> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = access.current();
        var ids = actor.isSuperAdmin() && !actor.isImpersonating()
                ? null
                : List.of(actor.scope().value());
        return workspaces.page(ids, PageRequest.of(page, size)).map(WorkspaceJson::of);
    }

    @PostMapping
    ResponseEntity<WorkspaceJson> create(@RequestBody NewWorkspace body) {
        access.superAdmin("workspace.create");
        return ResponseEntity.status(201).body(WorkspaceJson.of(workspaces.create(body, false)));
    }

    @GetMapping("/{id}")
    WorkspaceJson get(@PathVariable String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        return WorkspaceJson.of(workspaces.get(workspace));
    }

    @PatchMapping("/{id}")
    WorkspaceJson update(@PathVariable String id, @RequestBody WorkspacePatch body) {
        WorkspaceId workspace = writable(id);
        return WorkspaceJson.of(workspaces.update(workspace, body));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        access.superAdmin("workspace.delete");
        workspaces.get(workspace);
        safeMode.check("workspace.delete", "workspace", workspace, workspace);
        workspaces.delete(workspace);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/booking")
    WorkspaceJson booking(@PathVariable String id, @RequestBody Booking body) {
        return WorkspaceJson.of(workspaces.setBooking(writable(id), body));
    }

    @PutMapping("/{id}/failsafe")
    WorkspaceJson failsafe(@PathVariable String id, @RequestBody Failsafe body) {
        return WorkspaceJson.of(workspaces.setFailsafe(writable(id), body));
    }

    @PutMapping("/{id}/retention")
    WorkspaceJson retention(@PathVariable String id, @RequestBody Retention body) {
        return WorkspaceJson.of(workspaces.setRetention(writable(id), body));
    }

    @GetMapping("/{id}/bots")
    PageResult<BotJson> bots(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        // An empty page would suggest the workspace exists; a super admin's unknown id is 404.
        workspaces.get(workspace);
        return bots.page(workspace, PageRequest.of(page, size)).map(BotJson::of);
    }

    @PostMapping("/{id}/bots")
    ResponseEntity<BotJson> createBot(@PathVariable String id, @RequestBody BotInput body) {
        return ResponseEntity.status(201).body(BotJson.of(bots.create(writable(id), body)));
    }

    @GetMapping("/{id}/bots/{botId}")
    BotJson bot(@PathVariable String id, @PathVariable String botId) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        return BotJson.of(bots.get(workspace, botId));
    }

    @PatchMapping("/{id}/bots/{botId}")
    BotJson updateBot(@PathVariable String id, @PathVariable String botId, @RequestBody BotInput body) {
        return BotJson.of(bots.update(writable(id), botId, body));
    }

    @DeleteMapping("/{id}/bots/{botId}")
    ResponseEntity<Void> deleteBot(@PathVariable String id, @PathVariable String botId) {
        WorkspaceId workspace = writable(id);
        bots.get(workspace, botId);
        safeMode.check("bot.delete", "bot", botId, workspace);
        bots.delete(workspace, botId);
        return ResponseEntity.noContent().build();
    }

    private WorkspaceId writable(String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.write(workspace);
        return workspace;
    }
}
